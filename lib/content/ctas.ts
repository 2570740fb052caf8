import type { Field, Fields } from "./fields";
import type { MdxCta } from "./mdx-analysis";
import type { ContentProblem } from "./problems";
import { isRecord } from "./source-files";

/**
 * Calls to action by id, across every content file. The funnel report counts clicks per CTA id, so
 * an id must name exactly one button: a repeated id would merge two buttons' clicks into one line.
 */
export type CtaRef = {
  id: string;
  /** Repository-relative file, e.g. "content/home.yaml". */
  file: string;
  /** Where in the file, e.g. "hero.primaryCta.id" or "body (line 26)". */
  field: string;
};

function walk(field: Field, value: unknown, at: string, file: string, out: CtaRef[]): void {
  if (field.kind === "ctaId" && typeof value === "string") out.push({ id: value, file, field: at });
  else if (field.kind === "object" && isRecord(value)) walkFields(field.fields, value, `${at}.`, file, out);
  else if (field.kind === "array" && Array.isArray(value)) value.forEach((item, i) => walk(field.of, item, `${at}[${i}]`, file, out));
}

function walkFields(fields: Fields, value: Record<string, unknown>, prefix: string, file: string, out: CtaRef[]): void {
  for (const [key, field] of Object.entries(fields)) walk(field, value[key], `${prefix}${key}`, file, out);
}

/** The calls to action of a validated data file (any field described as a CTA id), in the file's order. */
export function ctaRefsOf(fields: Fields, data: unknown, file: string): CtaRef[] {
  const out: CtaRef[] = [];
  if (isRecord(data)) walkFields(fields, data, "", file, out);
  return out;
}

/** CtaButtons of one MDX file. */
export function mdxCtaRefs(ctas: readonly MdxCta[], file: string): CtaRef[] {
  return ctas.map((c) => ({ id: c.id, file, field: c.field }));
}

/** One problem per repeated id, on the later use, naming where the id was first used. */
export function duplicateCtaProblems(refs: readonly CtaRef[]): ContentProblem[] {
  const first = new Map<string, CtaRef>();
  const problems: ContentProblem[] = [];
  for (const ref of refs) {
    const earlier = first.get(ref.id);
    if (!earlier) {
      first.set(ref.id, ref);
      continue;
    }
    const where = earlier.file === ref.file ? `"${earlier.field}"` : `${earlier.file} "${earlier.field}"`;
    problems.push({ file: ref.file, field: ref.field, message: `repeats the CTA id ${JSON.stringify(ref.id)} already used by ${where}; every call to action needs its own id` });
  }
  return problems;
}
