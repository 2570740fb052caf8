/**
 * Inline scripts of a built HTML page and their CSP hash sources. A browser hashes a classic inline
 * script's text exactly as it stands between <script> and </script> (no entity decoding: script
 * content is raw text), so the HTML is read as bytes and cut at the tags. Data blocks such as
 * `<script type="application/ld+json">` never run, are not subject to script-src, and are skipped.
 */
import { createHash } from "node:crypto";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const JS_TYPES = new Set(["", "text/javascript", "application/javascript", "module", "text/ecmascript"]);

function attribute(attrs: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, "i").exec(attrs);
  if (!m) return null;
  return m[1] ?? m[2] ?? m[3] ?? "";
}

/** The text of every inline script the browser would run, in document order. */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(SCRIPT)) {
    const attrs = m[1] ?? "";
    if (attribute(attrs, "src") !== null) continue;
    const type = (attribute(attrs, "type") ?? "").trim().toLowerCase();
    if (!JS_TYPES.has(type)) continue;
    out.push(m[2] ?? "");
  }
  return out;
}

/** `'sha256-…'`, the CSP source that allows exactly this script text. */
export function scriptHashSource(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}
