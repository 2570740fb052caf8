import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";

/**
 * Where content lives. The loaders take a root so the unit tests can point them at fixtures;
 * the site always uses the repository root (Next runs from it during build and start).
 */
export type ContentRoot = {
  /** Absolute directory that holds `content/` and `public/`. */
  dir: string;
};

export function defaultRoot(): ContentRoot {
  return { dir: process.cwd() };
}

/** Repository-relative path with forward slashes, for messages ("content/blog/foo.mdx"). */
export function displayPath(root: ContentRoot, absolute: string): string {
  return path.relative(root.dir, absolute).split(path.sep).join("/");
}

export function contentPath(root: ContentRoot, ...parts: string[]): string {
  return path.join(root.dir, "content", ...parts);
}

/** True when a site path such as "/images/blog/x.svg" is a file under public/. */
export function publicFileExists(root: ContentRoot, sitePath: string): boolean {
  if (!sitePath.startsWith("/") || sitePath.includes("..")) return false;
  const file = path.join(root.dir, "public", ...sitePath.slice(1).split("/"));
  return existsSync(file) && statSync(file).isFile();
}

export function listFiles(dir: string, extensions: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => extensions.some((ext) => name.endsWith(ext)) && !name.startsWith("_") && !name.startsWith("."))
    .sort()
    .map((name) => path.join(dir, name));
}

export function readText(file: string): string {
  return readFileSync(file, "utf8");
}

/**
 * YAML 1.1 turns a bare `2025-02-30` into a JavaScript Date (silently rolled over to March 2nd)
 * and `6:48` into the number 408 (base 60). Quoting such bare scalars first keeps them as the text
 * the marketer typed, so the schema can say what is wrong with them instead of publishing nonsense.
 */
function keepDatesAsText(yaml: string): string {
  return yaml.replace(
    /^(\s*(?:-\s+)?[\w-]+:[ \t]*|\s*-\s+)(\d{4}-\d{1,2}-\d{1,2}(?:[Tt ][^\s#]*)?|\d+(?::\d+)+)([ \t]*(?:#.*)?)$/gm,
    '$1"$2"$3',
  );
}

export type ParsedMdx = {
  /** Front matter as parsed YAML (validated by the collection's schema). */
  data: Record<string, unknown>;
  /** MDX body after the front matter. */
  body: string;
};

/** Splits an MDX file into front matter and body. Throws with the YAML error's own words. */
export function parseMdxSource(source: string): ParsedMdx {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  const prepared = fm ? `---\n${keepDatesAsText(fm[1]!)}\n---\n${source.slice(fm[0].length)}` : source;
  const file = matter(prepared, { excerpt: false });
  const data: unknown = file.data;
  return { data: isRecord(data) ? data : {}, body: file.content };
}

/** Parses a YAML data file (home page copy, videos list) with the same date handling. */
export function parseYamlSource(source: string): unknown {
  const file = matter(`---\n${keepDatesAsText(source)}\n---\n`, { excerpt: false });
  return file.data;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
