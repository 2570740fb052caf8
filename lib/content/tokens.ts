/**
 * Placeholders in content: `{{name}}` is filled by the page with data it has (the year, a tag's
 * name, a figure read from the chain); `{{name|text}}` shows `text` until the page has a value
 * for `name` (a figure that will become live). Which names a text may use is part of its field's
 * description (lib/content/fields.ts); lib/content/field-schema.ts checks it.
 */

export type TokenUse = { name: string; fallback: string | undefined; raw: string };

const TOKEN = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*(?:\|([^{}]*))?\}\}/g;

/** Every well-formed placeholder in a text, in order. */
export function tokensIn(text: string): TokenUse[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ name: m[1]!, fallback: m[2]?.trim(), raw: m[0] }));
}

/** True when braces are left once the well-formed placeholders are taken out (a typo such as `{{year}`). */
export function hasStrayBraces(text: string): boolean {
  return /\{\{|\}\}/.test(text.replace(TOKEN, ""));
}

export type TokenValues = Readonly<Record<string, string | number | undefined>>;

/**
 * The text with each placeholder replaced by its value, else by its fallback. A placeholder with
 * neither is a page that forgot to pass a value the content was allowed to use: a bug, so it throws.
 */
export function fillTokens(text: string, values: TokenValues = {}): string {
  return text.replace(TOKEN, (raw, name: string, fallback: string | undefined) => {
    const value = values[name];
    if (value !== undefined) return String(value);
    if (fallback !== undefined) return fallback.trim();
    throw new Error(`no value for the placeholder ${raw} in ${JSON.stringify(text)}`);
  });
}
