import { z } from "zod";
import { publicFileExists, type ContentRoot } from "./source-files";

/**
 * zod schemas for every content collection. Each one is strict (a misspelt field is an error,
 * not silently ignored) and phrases its own checks so lib/content/problems.ts can name the file
 * and the field in one sentence.
 */

export const DESCRIPTION_MAX = 160;

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

export const descriptionSchema = z.string().trim().min(1).max(DESCRIPTION_MAX);

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A site path ("/images/blog/x.svg") that must exist under public/. */
export function publicImageSchema(root: ContentRoot) {
  return z.string().superRefine((value, ctx) => {
    if (!value.startsWith("/")) {
      ctx.addIssue({ code: "custom", message: `must be a site path starting with "/" such as "/images/blog/cover.svg" (got ${JSON.stringify(value)})` });
    } else if (!publicFileExists(root, value)) {
      ctx.addIssue({ code: "custom", message: `points to an image that does not exist: public${value}` });
    }
  });
}

/** A link target: a page of this site ("/stake") or an https URL. */
export const hrefSchema = z.string().superRefine((value, ctx) => {
  if (!/^\/(?!\/)/.test(value) && !/^https:\/\//.test(value)) {
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

/** A call to action: the funnel's id, the button's text and where it leads. */
export const ctaSchema = z.strictObject({ id: ctaIdSchema, label: z.string().trim().min(1).max(40), href: hrefSchema });

// ---------------------------------------------------------------- blog

export const tagsFileSchema = z.record(
  z.string().regex(slugPattern, { message: "tag names must be lower-case words joined by hyphens" }),
  z.string().trim().min(1).max(30),
);

export function postFrontmatterSchema(root: ContentRoot, allowedTags: readonly string[]) {
  return z.strictObject({
    title: z.string().trim().min(1).max(100),
    description: descriptionSchema,
    date: isoDateSchema,
    updated: isoDateSchema.optional(),
    author: z.string().trim().min(1).max(60),
    tags: z
      .array(
        z.string().superRefine((tag, ctx) => {
          if (!allowedTags.includes(tag)) {
            ctx.addIssue({
              code: "custom",
              message: `is an unknown tag ${JSON.stringify(tag)}; use one of ${allowedTags.join(", ")} or add it to content/blog/tags.json`,
            });
          }
        }),
      )
      .min(1)
      .max(5),
    cover: z.strictObject({ src: publicImageSchema(root), alt: z.string().trim().min(1).max(200) }).optional(),
    draft: z.boolean().default(false),
  });
}

export type PostFrontmatter = z.infer<ReturnType<typeof postFrontmatterSchema>>;

export const slugSchema = z.string().regex(slugPattern, {
  message: "file name must be lower-case words joined by hyphens, e.g. my-first-post.mdx",
});

// ---------------------------------------------------------------- home page

export function homeSchema() {
  const textBlock = z.strictObject({ title: z.string().trim().min(1).max(80), body: z.string().trim().min(1).max(320) });
  return z.strictObject({
    hero: z.strictObject({
      eyebrow: z.string().trim().min(1).max(60).optional(),
      title: z.string().trim().min(1).max(90),
      lead: z.string().trim().min(1).max(280),
      primaryCta: ctaSchema,
      secondaryCta: ctaSchema,
    }),
    value: z.strictObject({
      title: z.string().trim().min(1).max(80),
      lead: z.string().trim().min(1).max(280),
      points: z.array(textBlock).min(2).max(6),
    }),
    steps: z.strictObject({
      title: z.string().trim().min(1).max(80),
      items: z.array(textBlock).length(3),
      cta: ctaSchema,
    }),
    figures: z.strictObject({
      title: z.string().trim().min(1).max(80),
      items: z
        .array(z.strictObject({ label: z.string().trim().min(1).max(40), value: z.string().trim().min(1).max(24), note: z.string().trim().min(1).max(120).optional() }))
        .min(2)
        .max(6),
    }),
    operator: z.strictObject({
      title: z.string().trim().min(1).max(80),
      body: z.string().trim().min(1).max(320),
      cta: ctaSchema,
    }),
    closing: z.strictObject({
      title: z.string().trim().min(1).max(80),
      body: z.string().trim().min(1).max(240),
      primaryCta: ctaSchema,
      secondaryCta: ctaSchema,
    }),
  });
}

export type HomeContent = z.infer<ReturnType<typeof homeSchema>>;

// ---------------------------------------------------------------- SessionTV videos

/** ISO 8601 duration as schema.org wants it: PT4M12S, PT1H2M, PT45S. */
const isoDurationPattern = /^PT(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?$/;

export function videoSchema(root: ContentRoot) {
  return z.strictObject({
    id: z.string().regex(slugPattern, { message: "must be lower-case words joined by hyphens, e.g. what-is-sesh" }),
    title: z.string().trim().min(1).max(100),
    description: descriptionSchema,
    date: isoDateSchema,
    duration: z.string().regex(isoDurationPattern, { message: 'must be an ISO 8601 duration such as "PT4M12S" (4 min 12 s)' }),
    poster: publicImageSchema(root),
    youtubeId: z.string().regex(/^[A-Za-z0-9_-]{11}$/, { message: "must be the 11-character id from the YouTube link (…watch?v=THIS_PART)" }),
    odyseeUrl: z.string().regex(/^https:\/\/odysee\.com\/\S+$/, { message: "must be the video's page on https://odysee.com/" }),
  });
}

export function videosFileSchema(root: ContentRoot) {
  return z.strictObject({ videos: z.array(videoSchema(root)).min(1) });
}

export type Video = z.infer<ReturnType<typeof videoSchema>>;

// ---------------------------------------------------------------- FAQ and MDX pages

export const pageFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(1).max(100),
  description: descriptionSchema,
  updated: isoDateSchema.optional(),
});

export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;

export const faqEntrySchema = z.strictObject({
  question: z
    .string()
    .trim()
    .min(1)
    .max(150)
    .refine((q) => q.endsWith("?"), { message: 'must end with "?"' }),
  answer: z.string().trim().min(1, { message: "must not be empty: write the answer under the question heading" }),
});
