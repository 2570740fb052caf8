import type { HomeContent } from "./schemas";
import type { MdxCta } from "./mdx-analysis";
import type { ContentProblem } from "./problems";

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

/** The home page's calls to action, each with the field that holds its id. */
export function homeCtaRefs(home: HomeContent, file: string): CtaRef[] {
  const ctas = [
    ["hero.primaryCta", home.hero.primaryCta],
    ["hero.secondaryCta", home.hero.secondaryCta],
    ["steps.cta", home.steps.cta],
    ["operator.cta", home.operator.cta],
    ["closing.primaryCta", home.closing.primaryCta],
    ["closing.secondaryCta", home.closing.secondaryCta],
  ] as const;
  return ctas.map(([field, cta]) => ({ id: cta.id, file, field: `${field}.id` }));
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
