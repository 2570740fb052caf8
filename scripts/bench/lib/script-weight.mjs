// First-load JavaScript of a page: the <script src> files of its HTML, read from the build's .next
// on disk, gzipped at level 9 and summed. One method for every budget and every page.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** The <script src> URLs of an HTML document, in order, without repeats. */
export function scriptSrcs(html) {
  return [...new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&")))];
}

/** gzip bytes of Next's script files (throws on a script that is not Next's). */
export function weighScripts(appDir, srcs) {
  let raw = 0;
  let gzip = 0;
  const unique = [...new Set(srcs)];
  for (const src of unique) {
    const url = new URL(src, "http://x");
    if (!url.pathname.startsWith("/_next/")) throw new Error(`a script that is not Next's: ${src}`);
    const body = readFileSync(path.join(appDir, ".next", decodeURIComponent(url.pathname.slice("/_next/".length))));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { scripts: unique.length, raw, gzip };
}

/** The prerendered HTML file of a static route in a build. */
export function htmlFileFor(appDir, route) {
  return path.join(appDir, ".next", "server", "app", route === "/" ? "index.html" : `${route.slice(1)}.html`);
}

/** First-load JS of a prerendered route, or null when the build has no HTML for it. */
export function prerenderedWeight(appDir, route) {
  const file = htmlFileFor(appDir, route);
  if (!existsSync(file)) return null;
  return weighScripts(appDir, scriptSrcs(readFileSync(file, "utf8")));
}
