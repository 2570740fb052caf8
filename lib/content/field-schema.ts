import { z } from "zod";
import type { Field, Fields, TextField, ValueOf, ValueOfFields } from "./fields";
import { parseInline } from "./inline-markdown";
import { ctaIdSchema, hrefSchema, isHref, isoDateSchema } from "./schemas";
import { hasStrayBraces, tokensIn } from "./tokens";

/**
 * zod schemas derived from the field descriptions of lib/content/fields.ts: the only schemas the
 * build, `content:check` and the browser editor validate content with. Every check phrases its
 * own sentence so lib/content/problems.ts can name the file and the field.
 *
 * Pure (no fs): what needs the disk or other files comes in through the context, so the editor's
 * browser bundle can run the same schemas.
 */
export type SchemaContext = {
  /** Whether a site path ("/images/blog/x.svg") is a file under public/; unchecked when absent. */
  imageExists?: (sitePath: string) => boolean;
  /** The tags of content/blog/tags.json; unchecked when absent. */
  allowedTags?: readonly string[];
};

const names = (spec: Readonly<Record<string, string>>) =>
  Object.keys(spec)
    .map((n) => `{{${n}}}`)
    .join(", ");

/** Placeholders: only the names this text may use, and a fallback for figures that are not live yet. */
function checkTokens(field: TextField, value: string, ctx: z.RefinementCtx): void {
  const allowed = field.tokens ?? {};
  const pending = field.pendingTokens ?? {};
  const usable = { ...allowed, ...pending };
  if (hasStrayBraces(value)) {
    ctx.addIssue({ code: "custom", message: 'has "{{" or "}}" that is not a placeholder such as {{year}}; check the braces' });
  }
  for (const t of tokensIn(value)) {
    if (!(t.name in usable)) {
      const hint = Object.keys(usable).length ? `; it may use ${names(usable)}` : "; it takes no placeholders, write the text itself";
      ctx.addIssue({ code: "custom", message: `uses the placeholder ${t.raw}, which this page cannot fill${hint}` });
    } else if (t.name in pending && !(t.name in allowed) && !t.fallback) {
      ctx.addIssue({ code: "custom", message: `uses ${t.raw}, which is not live yet: add the text to show until then, e.g. {{${t.name}|240,000,000}}` });
    }
  }
}

function checkInline(value: string, ctx: z.RefinementCtx): void {
  for (const piece of parseInline(value)) {
    if (piece.kind === "link" && !isHref(piece.href)) {
      ctx.addIssue({ code: "custom", message: `has a link to ${JSON.stringify(piece.href)}; links go to a site path like "/staking" or an https:// URL` });
    }
  }
}

function textSchema(field: TextField): z.ZodType<string> {
  let base = z.string().trim().min(1).max(field.max);
  if (field.pattern) base = base.regex(field.pattern.regex, { message: field.pattern.message });
  return base.superRefine((value, ctx) => {
    checkTokens(field, value, ctx);
    if (field.inline) checkInline(value, ctx);
  });
}

function imageSchema(ctx: SchemaContext): z.ZodType<string> {
  return z.string().superRefine((value, issue) => {
    if (!value.startsWith("/")) {
      issue.addIssue({ code: "custom", message: `must be a site path starting with "/" such as "/images/blog/cover.svg" (got ${JSON.stringify(value)})` });
    } else if (ctx.imageExists && !ctx.imageExists(value)) {
      issue.addIssue({ code: "custom", message: `points to an image that does not exist: public${value}` });
    }
  });
}

function tagsSchema(min: number, max: number, ctx: SchemaContext): z.ZodType<string[]> {
  const tag = z.string().superRefine((value, issue) => {
    const allowed = ctx.allowedTags;
    if (allowed && !allowed.includes(value)) {
      issue.addIssue({ code: "custom", message: `is an unknown tag ${JSON.stringify(value)}; use one of ${allowed.join(", ")} or add it to content/blog/tags.json` });
    }
  });
  return z.array(tag).min(min).max(max);
}

/** An optional group left empty by the editor (`cover: {}`) is the same as no group. */
function emptyToUndefined(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  return Object.values(value).every((v) => v === undefined || v === null || v === "") ? undefined : value;
}

function isOptional(field: Field): boolean {
  return "optional" in field && field.optional === true;
}

/** The zod schema of one field (required unless its description says optional). */
export function zodForField<F extends Field>(field: F, ctx: SchemaContext = {}): z.ZodType<ValueOf<F>> {
  const schema = requiredSchema(field, ctx);
  // why the cast: zod cannot infer through the descriptions' conditional types; ValueOf<F> is what this builds
  return (isOptional(field) ? (field.kind === "object" ? z.preprocess(emptyToUndefined, schema.optional()) : schema.optional()) : schema) as unknown as z.ZodType<ValueOf<F>>;
}

function requiredSchema(field: Field, ctx: SchemaContext): z.ZodType {
  switch (field.kind) {
    case "text":
      return textSchema(field);
    case "date":
      return isoDateSchema;
    case "href":
      return hrefSchema;
    case "ctaId":
      return ctaIdSchema;
    case "image":
      return imageSchema(ctx);
    case "boolean":
      return z.boolean().default(field.default);
    case "select":
      return z.enum(field.options.map((o) => o.value) as [string, ...string[]]).default(field.default);
    case "tags":
      return tagsSchema(field.min, field.max, ctx);
    case "integer":
      return z.number().int().min(field.min).max(field.max);
    case "object":
      return zodForFields(field.fields, ctx);
    case "array": {
      let list = z.array(zodForField(field.of, ctx));
      if (field.length !== undefined) list = list.length(field.length);
      if (field.min !== undefined) list = list.min(field.min);
      if (field.max !== undefined) list = list.max(field.max);
      return list;
    }
  }
}

/** A strict object (a misspelt field is an error, not silently ignored) of the described fields. */
export function zodForFields<S extends Fields>(fields: S, ctx: SchemaContext = {}): z.ZodType<ValueOfFields<S>> {
  const shape = Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, zodForField(field, ctx)]));
  // why the cast: see zodForField
  return z.strictObject(shape) as unknown as z.ZodType<ValueOfFields<S>>;
}
