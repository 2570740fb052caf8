/**
 * The one description of every content field: its label, its limits, what it may contain. Two
 * things are derived from it and nothing else defines a field: the zod schemas that `content:check`
 * and the build run (lib/content/field-schema.ts), and the browser editor's form fields
 * (lib/editor/keystatic-fields.tsx). Change a limit here and both follow.
 *
 * Pure data and types: no fs, no zod, no React, because the editor's browser bundle includes it.
 */

/** `{{name}}` placeholders a text may contain, each filled by the page with data: name -> what it is. */
export type TokenSpec = Readonly<Record<string, string>>;

type Common = {
  /** The field's name in the editor. */
  readonly label: string;
  /** Help under the field in the editor. */
  readonly description?: string;
};

export type TextField = Common & {
  readonly kind: "text";
  readonly max: number;
  /** May be left out (the page then shows nothing in its place). */
  readonly optional?: boolean;
  readonly multiline?: boolean;
  /** Markdown inside the text: **bold**, *italic* and [links](/path) (lib/content/inline-markdown.ts). */
  readonly inline?: boolean;
  /** `{{name}}` placeholders the page fills in (a live figure, the year, a tag's name). */
  readonly tokens?: TokenSpec;
  /**
   * Placeholders for figures that are not live yet: written `{{name|text shown until then}}`, so the
   * words stay content today and the page swaps in the live value once it has one.
   */
  readonly pendingTokens?: TokenSpec;
  /** A format the text must follow, with the sentence that says so. */
  readonly pattern?: { readonly regex: RegExp; readonly message: string };
};

/** A calendar date written YYYY-MM-DD (kept as text: YAML would silently roll 2025-02-30 over). */
export type DateField = Common & { readonly kind: "date"; readonly optional?: boolean };

/** A link target: a page of this site ("/stake") or an https:// address. */
export type HrefField = Common & { readonly kind: "href" };

/** A call to action's id: its name in the funnel report, unique across the site. */
export type CtaIdField = Common & { readonly kind: "ctaId"; readonly optional?: boolean };

/**
 * An image under public/. The editor uploads it to `directory` (a post's images to a folder of the
 * post's own, `directory/<file name>/`), and the file stores its site path. `pickedBy: "path"` is an
 * image shared by several files (a SessionTV poster a post shows too): the editor asks for its path
 * instead of taking an upload, so saving one file never moves a picture another one uses.
 */
export type ImageField = Common & {
  readonly kind: "image";
  readonly directory: string;
  readonly publicPath: string;
  readonly optional?: boolean;
  readonly pickedBy?: "upload" | "path";
};

export type BooleanField = Common & { readonly kind: "boolean"; readonly default: boolean };

export type SelectField = Common & {
  readonly kind: "select";
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly default: string;
};

/** Blog tags, chosen from content/blog/tags.json. */
export type TagsField = Common & { readonly kind: "tags"; readonly min: number; readonly max: number };

export type IntegerField = Common & { readonly kind: "integer"; readonly min: number; readonly max: number; readonly optional?: boolean };

export type ObjectField = Common & {
  readonly kind: "object";
  readonly fields: Fields;
  /** The whole group may be left out (an empty group counts as left out). */
  readonly optional?: boolean;
};

export type ArrayField = Common & {
  readonly kind: "array";
  readonly of: Field;
  readonly min?: number;
  readonly max?: number;
  /** Exactly this many entries (the home page's three steps). */
  readonly length?: number;
  /** Which text field of an entry names it in the editor's list. */
  readonly itemLabel?: string;
};

export type Field = TextField | DateField | HrefField | CtaIdField | ImageField | BooleanField | SelectField | TagsField | IntegerField | ObjectField | ArrayField;

export type Fields = Readonly<Record<string, Field>>;

// ---------------------------------------------------------------- the value a description describes

type Simplify<T> = { [K in keyof T]: T[K] } & {};

type OptionalKeys<S> = { [K in keyof S]: S[K] extends { readonly optional: true } ? K : never }[keyof S];

/** The validated value of a set of fields (what the loaders return and the pages read). */
export type ValueOfFields<S extends Fields> = Simplify<
  { -readonly [K in Exclude<keyof S, OptionalKeys<S>>]: ValueOf<S[K]> } & { -readonly [K in OptionalKeys<S>]?: ValueOf<S[K]> }
>;

export type ValueOf<F> = F extends TextField | DateField | HrefField | CtaIdField | ImageField
  ? string
  : F extends BooleanField
    ? boolean
    : F extends SelectField
      ? F["options"][number]["value"]
      : F extends TagsField
        ? string[]
        : F extends IntegerField
          ? number
          : F extends { readonly kind: "object"; readonly fields: infer S extends Fields }
            ? ValueOfFields<S>
            : F extends { readonly kind: "array"; readonly of: infer O }
              ? ValueOf<O>[]
              : never;

// ---------------------------------------------------------------- building blocks the pages share

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Extra<F, Fixed extends keyof F> = Omit<F, "kind" | "label" | Fixed>;

// The helpers' return types are NoInfer: nested in another helper's argument, a call would otherwise
// take its type parameters from the outer parameter's type (Fields) and lose the fields' names.

export function text<const E extends Extra<TextField, "max"> = Record<never, never>>(label: string, max: number, extra?: E): { readonly kind: "text"; readonly label: string; readonly max: number } & NoInfer<E> {
  return { kind: "text", label, max, ...(extra as E) };
}

/** A paragraph with **bold**, *italic* and [links](/path). */
export function paragraph<const E extends Extra<TextField, "max" | "inline" | "multiline"> = Record<never, never>>(label: string, max: number, extra?: E) {
  return text(label, max, { multiline: true, inline: true, ...(extra as E) });
}

export function object<const S extends Fields, const E extends Extra<ObjectField, "fields"> = Record<never, never>>(label: string, fields: S, extra?: E): { readonly kind: "object"; readonly label: string; readonly fields: NoInfer<S> } & NoInfer<E> {
  return { kind: "object", label, fields, ...(extra as E) };
}

export function list<const O extends Field, const E extends Extra<ArrayField, "of"> = Record<never, never>>(label: string, of: O, extra?: E): { readonly kind: "array"; readonly label: string; readonly of: NoInfer<O> } & NoInfer<E> {
  return { kind: "array", label, of, ...(extra as E) };
}

export function date<const E extends Extra<DateField, never> = Record<never, never>>(label: string, extra?: E): { readonly kind: "date"; readonly label: string; readonly description: string } & NoInfer<E> {
  return { kind: "date", label, description: "Written YYYY-MM-DD, e.g. 2025-03-18", ...(extra as E) };
}

const HREF: HrefField = { kind: "href", label: "Link", description: 'A page of this site ("/stake") or an https:// address' };

const CTA_ID = { kind: "ctaId", label: "Id in the funnel report", description: 'Lower-case words joined by hyphens, unique across the site, e.g. "home-hero-stake"' } as const;

/** A call to action: the funnel's id, the button's text and where it leads. */
export function cta(label: string) {
  return object(label, { id: CTA_ID, label: text("Button text", 40), href: HREF });
}

/** A button the funnel counts only once it is given an id (the explainer pages' buttons). */
export function button(label: string) {
  return object(label, {
    id: { ...CTA_ID, optional: true, description: "Give it an id (lower-case words joined by hyphens, unique across the site) to count its clicks in the funnel report" },
    label: text("Button text", 40),
    href: HREF,
  });
}

/** A plain link (not counted by the funnel): its text and target. */
export function link(label: string, max = 40) {
  return object(label, { label: text("Text", max), href: HREF });
}

/** A heading with the text under it (a card, a step). */
export function card(label: string, bodyMax = 320) {
  return object(label, { title: text("Title", 80), body: paragraph("Text", bodyMax) }, { });
}

/** What search engines and social networks show for a page, and the words on its social card. */
export function seo(titleMax = 70) {
  return object("Search and social", {
    title: text("Page title (browser tab, search result)", titleMax),
    description: text("Description (search result, social card)", 160, { multiline: true }),
    ogImage: object("Social card image", {
      eyebrow: text("Small line above the title", 40),
      title: text("Title on the image", 90),
      alt: text("Description of the image", 120),
    }),
  });
}

export const slugPattern = { regex: SLUG, message: "must be lower-case words joined by hyphens, e.g. what-is-sesh" } as const;
