import path from "node:path";
import { cachedContent } from "./content-cache";
import { ctaRefsOf, type CtaRef } from "./ctas";
import type { DataFileSpec } from "./data-file-specs";
import { zodForFields, type SchemaContext } from "./field-schema";
import type { Fields, ValueOfFields } from "./fields";
import { ContentError, problemsFromZod, type ContentProblem } from "./problems";
import { defaultRoot, parseYamlSource, publicFileExists, readText, type ContentRoot } from "./source-files";

export type LoadedDataFile<S extends Fields> = { data: ValueOfFields<S> | null; ctas: CtaRef[]; problems: ContentProblem[] };

/** The schema context of the files on disk: images must exist under public/. */
export function diskContext(root: ContentRoot, allowedTags?: readonly string[]): SchemaContext {
  return { imageExists: (sitePath) => publicFileExists(root, sitePath), ...(allowedTags ? { allowedTags } : {}) };
}

function parse(file: string, source: string): unknown {
  return file.endsWith(".json") ? JSON.parse(source) : parseYamlSource(source);
}

/** Reads and validates one data file, collecting every problem (file and field) instead of throwing. */
export function loadDataFile<S extends Fields>(root: ContentRoot, spec: DataFileSpec<S>): LoadedDataFile<S> {
  const absolute = path.join(root.dir, ...spec.file.split("/"));
  let raw: unknown;
  try {
    raw = parse(spec.file, readText(absolute));
  } catch (e) {
    const missing = e instanceof Error && "code" in e && e.code === "ENOENT";
    return { data: null, ctas: [], problems: [{ file: spec.file, field: "", message: missing ? "is missing" : `cannot be read: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}` }] };
  }
  const parsed = zodForFields(spec.fields, diskContext(root)).safeParse(raw, { reportInput: true });
  if (!parsed.success) return { data: null, ctas: [], problems: problemsFromZod(spec.file, parsed.error) };
  const problems = spec.refine?.(parsed.data, spec.file) ?? [];
  return { data: parsed.data, ctas: ctaRefsOf(spec.fields, parsed.data, spec.file), problems };
}

/** A getter for one data file's validated content, for the pages; a broken file throws a ContentError (file and field), failing the build. */
export function dataFileGetter<S extends Fields>(spec: DataFileSpec<S>): () => ValueOfFields<S> {
  return cachedContent(() => {
    const { data, problems } = loadDataFile(defaultRoot(), spec);
    if (!data || problems.length) throw new ContentError(problems);
    return data;
  });
}
