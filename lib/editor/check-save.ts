import { cpSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { z } from "zod";
import { checkAllContent } from "@/lib/content/check";
import { formatProblem, type ContentProblem } from "@/lib/content/problems";

/**
 * The editor's save, checked before anything is written: Keystatic's local save (POST
 * /api/keystatic/update) lists the files it adds and deletes; they are applied to a copy of
 * content/ and public/ and the whole content check runs on it. What the form fields cannot see (a
 * cover without its description, a call-to-action id another file already uses) stops the save
 * with content:check's own sentences, which the editor shows. Problems the files already had stay
 * the business of content:check: only new ones, or ones in the files being saved, refuse a save.
 */
export const updateSchema = z.object({
  additions: z.array(z.object({ path: z.string(), contents: z.string() })),
  deletions: z.array(z.object({ path: z.string() })),
});

export type EditorUpdate = z.infer<typeof updateSchema>;

/** Keystatic sends file contents as base64url. */
function decode(contents: string): Buffer {
  return Buffer.from(contents.replace(/-/g, "+").replace(/_/g, "/"), "base64");
}

/** public/ by hard links: as cheap as a listing, and a file replaced in the copy is unlinked first, never written through. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const a = path.join(from, entry.name);
    const b = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(a, b);
    else if (entry.isFile()) linkSync(a, b);
  }
}

/** A repository-relative path that stays inside the copy (Keystatic checks this too; the copy is ours to keep safe). */
function inside(root: string, relative: string): string {
  const target = path.resolve(root, relative);
  if (!target.startsWith(root + path.sep)) throw new Error(`the editor tried to write outside the content folders: ${relative}`);
  return target;
}

export function problemsAfterSave(repo: string, update: EditorUpdate): ContentProblem[] {
  const copy = mkdtempSync(path.join(tmpdir(), "content-save-"));
  try {
    cpSync(path.join(repo, "content"), path.join(copy, "content"), { recursive: true });
    linkTree(path.join(repo, "public"), path.join(copy, "public"));
    for (const { path: file } of update.deletions) rmSync(inside(copy, file), { force: true });
    for (const { path: file, contents } of update.additions) {
      const target = inside(copy, file);
      rmSync(target, { force: true });
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, decode(contents));
    }
    const before = new Set(checkAllContent({ dir: repo }).problems.map(formatProblem));
    const saved = new Set([...update.additions, ...update.deletions].map((f) => f.path));
    return checkAllContent({ dir: copy }).problems.filter((p) => saved.has(p.file) || !before.has(formatProblem(p)));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
