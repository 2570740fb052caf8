/**
 * `npm run build`'s second step, after `next build`: the CSP manifest of the static pages
 * (lib/security/csp-manifest.ts). For every prerendered route with an HTML file, the SHA-256 of
 * each inline script in that file, exactly as served; written to .next/csp-manifest.json with the
 * build's id, which proxy.ts reads at start. Fails when a page has an inline script the manifest
 * cannot account for (e.g. the theme script hashed differently than at request time).
 * Usage: tsx scripts/csp-manifest.ts [--dist=.next]
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { THEME_SCRIPT } from "../components/site/theme-script-source";
import { CSP_MANIFEST_FILE, type CspManifest } from "../lib/security/csp-manifest";
import { inlineScripts, scriptHashSource } from "../lib/security/inline-scripts";

const arg = process.argv.find((a) => a.startsWith("--dist="));
const dist = path.resolve(arg ? arg.slice("--dist=".length) : ".next");

function fail(message: string): never {
  console.error(`csp-manifest: ${message}`);
  process.exit(1);
}

if (!existsSync(path.join(dist, "BUILD_ID"))) fail(`no build in ${dist}: run \`next build\` first`);
const buildId = readFileSync(path.join(dist, "BUILD_ID"), "utf8").trim();
const prerender = JSON.parse(readFileSync(path.join(dist, "prerender-manifest.json"), "utf8")) as { routes: Record<string, unknown> };
const htmlFile = (route: string) => path.join(dist, "server", "app", route === "/" ? "index.html" : `${route.slice(1)}.html`);

const themeHash = scriptHashSource(THEME_SCRIPT);
const routes: CspManifest["routes"] = {};
for (const route of Object.keys(prerender.routes).sort()) {
  const file = htmlFile(route);
  if (!existsSync(file)) continue; // robots.txt, sitemap.xml, images: no HTML, no scripts
  const hashes = [...new Set(inlineScripts(readFileSync(file, "utf8")).map(scriptHashSource))];
  // every page under the root layout carries the theme script (the global error page has a layout of its own)
  if (route !== "/_global-error" && !hashes.includes(themeHash)) fail(`${route}: the theme script in ${path.relative(process.cwd(), file)} does not hash as components/site/theme-script-source.ts does`);
  routes[route] = hashes;
}
if (!routes["/"] || !routes["/_not-found"]) fail("the build has no prerendered / or /_not-found page");

const manifest: CspManifest = { buildId, routes };
writeFileSync(path.join(dist, CSP_MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
const count = Object.values(routes).reduce((n, h) => n + h.length, 0);
console.log(`csp-manifest: ${Object.keys(routes).length} static pages, ${count} inline-script hashes -> ${path.relative(process.cwd(), path.join(dist, CSP_MANIFEST_FILE))}`);
