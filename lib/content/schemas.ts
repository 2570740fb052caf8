import { z } from "zod";

/**
 * The formats content fields share (a date, a link, a CTA id), each phrasing its own sentence so
 * lib/content/problems.ts can name the file and the field. The schemas of whole files are derived
 * from their field descriptions (lib/content/field-schema.ts, lib/content/models/). Pure: the
 * browser editor runs these too.
 */

/** A real calendar date written YYYY-MM-DD (YAML keeps it as text, see source-files.ts). */
export const isoDateSchema = z.string().superRefine((value, ctx) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) {
    ctx.addIssue({ code: "custom", message: `must be a date written YYYY-MM-DD (got ${JSON.stringify(value)})` });
    return;
  }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    ctx.addIssue({ code: "custom", message: `is not a real calendar date (got ${JSON.stringify(value)})` });
  }
});

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A link target: a page of this site ("/stake") or an https URL. */
export function isHref(value: string): boolean {
  return /^\/(?!\/)/.test(value) || /^https:\/\//.test(value);
}

export const hrefSchema = z.string().superRefine((value, ctx) => {
  if (!isHref(value)) {
    ctx.addIssue({ code: "custom", message: `must be a site path like "/staking" or an https:// URL (got ${JSON.stringify(value)})` });
  }
});

export const CTA_ID_MAX = 48;

/**
 * A call to action's id: its name in the funnel report (which button brought visitors to staking).
 * Lower-case words joined by hyphens, unique across the whole site (lib/content/ctas.ts checks that).
 */
export const ctaIdSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required: give every call to action an id such as "home-hero-stake", unique across the site (the funnel report names the button by it)' : undefined) })
  .max(CTA_ID_MAX, { message: `must be at most ${CTA_ID_MAX} characters` })
  .regex(slugPattern, { message: 'must be lower-case words joined by hyphens, such as "home-hero-stake"' });

export const slugSchema = z.string().regex(slugPattern, {
  message: "file name must be lower-case words joined by hyphens, e.g. my-first-post.mdx",
});

/** One FAQ entry: a `## Question?` heading of content/faq.mdx and the answer under it. */
export const faqEntrySchema = z.strictObject({
  question: z
    .string()
    .trim()
    .min(1)
    .max(150)
    .refine((q) => q.endsWith("?"), { message: 'must end with "?"' }),
  answer: z.string().trim().min(1, { message: "must not be empty: write the answer under the question heading" }),
});
