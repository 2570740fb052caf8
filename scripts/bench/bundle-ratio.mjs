#!/usr/bin/env node
// `npm run bench:bundle`: gzip JavaScript each marketing route ships in its first HTML, against a
// bare Next.js page (one <h1>) built with the same Next version, in the same run.
//
// 1. builds the reference app in a temp dir (reference-app.mjs), or uses --reference=<dir>;
// 2. reads this repo's build (.next, run `npm run build` first) and the reference's build: for each
//    prerendered page, the <script src> files of its HTML, gzipped (zlib level 9) and summed;
// 3. prints a table and exits 1 when a marketing route exceeds the budget (default 1.10x).
//
// Options: --budget=1.10  --reference=<dir> (an already built reference)  --keep  --json
import { buildReference, NEXT_VERSION, REPO, removeReference } from "./lib/reference-app.mjs";
import { marketingRoutes } from "./lib/marketing-routes.mjs";
import { prerenderedWeight } from "./lib/script-weight.mjs";

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")).map(([k, v]) => [k, v ?? true]));
const BUDGET = Number(args.budget ?? 1.1);

function fail(message) {
  console.error(`bundle-ratio: ${message}`);
  process.exit(2);
}

let routes;
try {
  routes = marketingRoutes(REPO);
} catch (e) {
  fail(e.message);
}
const refDir = typeof args.reference === "string" ? args.reference : buildReference();
try {
  const reference = prerenderedWeight(refDir, "/");
  if (!reference) fail("the reference build has no prerendered index.html");
  const rows = routes.map((route) => {
    const w = prerenderedWeight(REPO, route);
    return { route, ...w, ratio: w.gzip / reference.gzip };
  });
  const over = rows.filter((r) => r.ratio > BUDGET);
  if (args.json) {
    console.log(JSON.stringify({ next: NEXT_VERSION, budget: BUDGET, reference, rows }, null, 2));
  } else {
    const kb = (n) => (n / 1024).toFixed(1).padStart(7);
    console.log(`\nFirst-load JS, gzip (level 9), next ${NEXT_VERSION}; budget ${BUDGET.toFixed(2)}x the bare reference page\n`);
    console.log(`${"route".padEnd(48)} scripts  raw KiB  gzip KiB  ratio`);
    console.log(`${"(bare reference: one <h1>)".padEnd(48)} ${String(reference.scripts).padStart(7)} ${kb(reference.raw)}  ${kb(reference.gzip)}  1.000`);
    for (const r of rows) {
      console.log(`${r.route.padEnd(48)} ${String(r.scripts).padStart(7)} ${kb(r.raw)}  ${kb(r.gzip)}  ${r.ratio.toFixed(3)}${r.ratio > BUDGET ? "  OVER BUDGET" : ""}`);
    }
    console.log(over.length ? `\n${over.length} route(s) over ${BUDGET.toFixed(2)}x` : `\nall ${rows.length} routes within ${BUDGET.toFixed(2)}x`);
  }
  process.exitCode = over.length ? 1 : 0;
} finally {
  if (!args.keep && typeof args.reference !== "string") removeReference(refDir);
}
