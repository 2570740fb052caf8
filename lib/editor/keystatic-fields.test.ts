import type { ComponentSchema } from "@keystatic/core";
import { describe, expect, it } from "vitest";
import { DATA_FILES } from "@/lib/content/data-file-specs";
import { zodForField } from "@/lib/content/field-schema";
import type { Field, Fields } from "@/lib/content/fields";
import { POST_FIELDS } from "@/lib/content/models/post";
import { problemsFromZod } from "@/lib/content/problems";
import { editorField, titleWithSlug } from "./keystatic-fields";

/**
 * One definition, two users: for every text-like field of every content file, the editor refuses
 * exactly the values content:check refuses, with content:check's sentence. Values are made from each
 * field's own limits, so a field whose editor copy drifted (another length, another pattern) fails here.
 */
type TextLike = Extract<Field, { kind: "text" | "date" | "href" | "ctaId" }>;

function textLeaves(fields: Fields, at = ""): [string, TextLike][] {
  return Object.entries(fields).flatMap(([key, f]): [string, TextLike][] => {
    const here = at ? `${at}.${key}` : key;
    if (f.kind === "object") return textLeaves(f.fields, here);
    if (f.kind === "array") return f.of.kind === "object" ? textLeaves(f.of.fields, `${here}[]`) : f.of.kind === "text" ? [[`${here}[]`, f.of]] : [];
    return f.kind === "text" || f.kind === "date" || f.kind === "href" || f.kind === "ctaId" ? [[here, f]] : [];
  });
}

function candidates(f: TextLike): string[] {
  const long = "x".repeat(f.kind === "text" ? f.max + 1 : 60);
  return ["", "   ", long, "Plain words", "2025-02-30", "2025-03-18", "/staking", "staking", "https://getsession.org", "home-hero-stake", "Home Hero", "{{year}}", "{{nope}}", "a [link](http://x.org)"];
}

/** What the editor does with a typed value: its validate throws the sentence, or passes. */
function editorVerdict(schema: ComponentSchema, typed: string): string | null {
  try {
    (schema as { validate(v: string): unknown }).validate(typed);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** What content:check says about the value the editor would write (an emptied field is left out). */
function checkVerdict(f: TextLike, typed: string): string | null {
  const r = zodForField(f).safeParse(typed === "" ? undefined : typed, { reportInput: true });
  return r.success ? null : problemsFromZod("", r.error)[0]!.message;
}

describe("the editor's fields refuse what content:check refuses, in its words", () => {
  const files: [string, Fields][] = [...DATA_FILES.map((spec) => [spec.file, spec.fields] as [string, Fields]), ["content/blog/*.mdx front matter", POST_FIELDS]];

  it("covers the text fields of every file", () => {
    expect(files.flatMap(([, fields]) => textLeaves(fields)).length).toBeGreaterThan(150);
  });

  it.each(files)("%s", (_file, fields) => {
    for (const [at, field] of textLeaves(fields)) {
      const schema = editorField(field, {});
      for (const typed of candidates(field)) {
        const check = checkVerdict(field, typed);
        const editor = editorVerdict(schema, typed);
        expect(editor, `${at} ${JSON.stringify(typed)}`).toBe(check === null ? null : `${field.label} ${check}`);
      }
    }
  });

  it("a post's title, which also names its file, is held to the title's rule", () => {
    const { title } = POST_FIELDS;
    const field = titleWithSlug(title, {});
    const slugInfo = { slugField: { slugs: new Set<string>(), glob: "*" as const } };
    expect(() => field.validate({ name: "", slug: "a-post" }, slugInfo)).toThrow(`${title.label} is required`);
    expect(() => field.validate({ name: "x".repeat(title.max + 1), slug: "a-post" }, slugInfo)).toThrow(`${title.label} must be at most ${title.max} characters`);
    expect(field.validate({ name: "A post", slug: "a-post" }, slugInfo)).toEqual({ name: "A post", slug: "a-post" });
  });
});
