import { fields, type ComponentSchema, type FormFieldInputProps, type SlugFormField } from "@keystatic/core";
import type { z } from "zod";
import { zodForField, type SchemaContext } from "@/lib/content/field-schema";
import { slugPattern, type Field, type Fields, type TextField as TextDescription } from "@/lib/content/fields";
import { problemsFromZod } from "@/lib/content/problems";
import { SchemaTextInput, WithSchemaMessage } from "./field-inputs";

/**
 * The browser editor's form fields, derived from the same field descriptions as the build's zod
 * schemas (lib/content/fields.ts). Every text-like field validates with the very zod schema
 * `content:check` runs and shows its sentence, so what the editor accepts the check accepts, and
 * the editor saves nothing while a field is wrong (Keystatic runs each field's validate before it
 * writes).
 */

/** The schema's sentence for a value, or null when it passes: "Date is not a real calendar date (got …)". */
function sentence(schema: z.ZodType, label: string, value: unknown): string | null {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return null;
  const [first] = problemsFromZod("", result.error);
  return first ? `${label}${first.field ? ` (${first.field})` : ""} ${first.message}` : `${label} is not valid`;
}

/** What a text field writes: an emptied field is left out of the file, as a marketer would delete the line. */
const stored = (value: string): string | undefined => (value === "" ? undefined : value);

/** A text, date, link or id field: a text box validated by its zod schema. */
function validatedText(field: Field & { label: string }, ctx: SchemaContext, multiline = false): ComponentSchema {
  const schema = zodForField(field, ctx);
  const check = (value: string) => sentence(schema, field.label, stored(value));
  const required = !("optional" in field && field.optional);
  const description = "description" in field ? field.description : undefined;
  return {
    kind: "form",
    label: field.label,
    Input: (props: FormFieldInputProps<string>) => <SchemaTextInput label={field.label} description={description} multiline={multiline} required={required} check={check} props={props} />,
    defaultValue: () => "",
    parse: (value: unknown) => (value === undefined || value === null ? "" : value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
    serialize: (value: string) => ({ value: stored(value) }),
    validate: (value: string) => {
      const problem = check(value);
      if (problem) throw new Error(problem);
      return value;
    },
    reader: { parse: (value: unknown) => (value === undefined ? "" : String(value)) },
  } as ComponentSchema;
}

function textHelp(field: TextDescription): string | undefined {
  const tokens = { ...field.tokens, ...field.pendingTokens };
  const names = Object.keys(tokens);
  const parts = [field.description, field.inline ? "**bold**, *italic* and [links](/page) work here." : undefined, names.length ? `Placeholders: ${names.map((n) => `{{${n}}} (${tokens[n]})`).join(", ")}.` : undefined];
  return parts.filter(Boolean).join(" ") || undefined;
}

/** The editor field for one description. */
export function editorField(field: Field, ctx: SchemaContext): ComponentSchema {
  switch (field.kind) {
    case "text":
      return validatedText({ ...field, description: textHelp(field) }, ctx, field.multiline);
    case "date":
    case "href":
    case "ctaId":
      return validatedText(field, ctx);
    case "boolean":
      return fields.checkbox({ label: field.label, description: field.description, defaultValue: field.default });
    case "select":
      return fields.select({ label: field.label, description: field.description, options: field.options, defaultValue: field.default });
    case "integer":
      return fields.integer({ label: field.label, description: field.description, validation: { isRequired: !field.optional, min: field.min, max: field.max } });
    case "image":
      if (field.pickedBy === "path") return validatedText(field, ctx);
      return fields.image({ label: field.label, description: field.description, directory: field.directory, publicPath: field.publicPath, validation: { isRequired: !field.optional } });
    case "tags":
      return tagsField(field, ctx);
    case "object":
      return fields.object(editorFields(field.fields, ctx), { label: field.label, description: field.description });
    case "array": {
      const of = field.of;
      const key = field.itemLabel;
      const min = field.length ?? field.min;
      const max = field.length ?? field.max;
      return fields.array(editorField(of, ctx), {
        label: field.label,
        description: field.description,
        // an entry is named by its own words in the list: a figure by its label, a paragraph by its start
        itemLabel: (props) => {
          const value = key ? (props as unknown as { fields: Record<string, { value: unknown }> }).fields[key]?.value : (props as unknown as { value: unknown }).value;
          const text = typeof value === "string" ? value : "";
          return text.length > 70 ? `${text.slice(0, 70)}…` : text || of.label;
        },
        validation: { length: { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) } },
      });
    }
  }
}

export function editorFields<S extends Fields>(described: S, ctx: SchemaContext): Record<keyof S & string, ComponentSchema> {
  // why the cast: Object.fromEntries forgets the keys it was given
  return Object.fromEntries(Object.entries(described).map(([key, field]) => [key, editorField(field, ctx)])) as Record<keyof S & string, ComponentSchema>;
}

/** Tags: chosen from content/blog/tags.json, as many as the description allows. */
function tagsField(field: Extract<Field, { kind: "tags" }>, ctx: SchemaContext): ComponentSchema {
  const options = (ctx.allowedTags ?? []).map((t) => ({ label: t, value: t }));
  const inner = fields.multiselect({ label: field.label, description: field.description, options });
  const schema = zodForField(field, ctx);
  const check = (value: readonly string[]) => sentence(schema, field.label, [...value]);
  return {
    ...inner,
    Input: (props: FormFieldInputProps<readonly string[]>) => <WithSchemaMessage Input={inner.Input} message={check(props.value)} props={props} />,
    validate: (value: readonly string[]) => {
      const problem = check(value);
      if (problem) throw new Error(problem);
      return inner.validate(value);
    },
  };
}

/**
 * A post's or page's title, which also names its file (the slug, shown under it). The title is
 * checked by its description's schema; the file name by the same rule content:check applies.
 */
type TitleAndSlug = { name: string; slug: string };

export function titleWithSlug(field: TextDescription, ctx: SchemaContext): SlugFormField<TitleAndSlug, TitleAndSlug, TitleAndSlug, string> {
  const inner = fields.slug({
    name: { label: field.label, description: field.description },
    slug: { label: "File name (the page's address)", description: "Lower-case words joined by hyphens; changing it changes the address", validation: { pattern: { regex: slugPattern.regex, message: "file name must be lower-case words joined by hyphens, e.g. my-first-post" } } },
  });
  const schema = zodForField(field, ctx);
  const check = (name: string) => sentence(schema, field.label, stored(name));
  return {
    ...inner,
    Input: (props: FormFieldInputProps<TitleAndSlug>) => <WithSchemaMessage Input={inner.Input} message={check(props.value.name)} props={props} />,
    validate: (value: { name: string; slug: string }, extra: Parameters<typeof inner.validate>[1]) => {
      const problem = check(value.name);
      if (problem) throw new Error(problem);
      return inner.validate(value, extra);
    },
  };
}
