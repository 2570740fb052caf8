#!/usr/bin/env node
// `npm run bench:lighthouse -- [routes…]`: Lighthouse 12 mobile (simulated throttling, Debian's
// Chromium: CHROME_PATH, default /usr/bin/chromium) on any routes of the build in .next, interleaved
// round by round with the bare reference page (lib/reference-app.mjs), so a busy moment of the
// machine hits both alike. `npm run bench` does the same for a fixed set of routes; this entry is
// for the others (every marketing route, a page you just changed).
//
// Routes: the arguments that start with "/" (dApp routes work too: the server reads a private
// devnet); by default every static marketing route and the newest post; --all every prerendered
// marketing route (each post and tag page too). Prints each route's scores beside the bare page's
// and exits 1 when one misses a budget or a performance goal (lib/collect.mjs' budgetChecks: the
// performance goals move with the machine's load, so read a miss against the spread of --runs).
// Options: --runs=3 (rounds; the median run is reported). Needs a build (`npm run build`).
import { reexecUnderTsx } from "./lib/under-tsx.mjs";

reexecUnderTsx(import.meta.url);

const { buildReference, REPO, removeReference } = await import("./lib/reference-app.mjs");
const { startBenchDevnet, startNext } = await import("./lib/servers.mjs");
const { marketingRoutes } = await import("./lib/marketing-routes.mjs");
const collect = await import("./lib/collect.mjs");

const argv = process.argv.slice(2);
const RUNS = Math.max(1, Number(argv.find((a) => a.startsWith("--runs="))?.slice(7) ?? 3));
const log = (m) => console.error(`lighthouse: ${m}`);

let routes = argv.filter((a) => a.startsWith("/"));
if (!routes.length) {
  let all;
  try {
    all = marketingRoutes(REPO);
  } catch (e) {
    console.error(`lighthouse: ${e.message}`);
    process.exit(2);
  }
  const isListing = (r) => /^\/blog\/(tags\/.+|[^/]+)$/.test(r);
  routes = argv.includes("--all") ? all : [...all.filter((r) => !isListing(r)), await collect.newestPostPath()];
}

const refDir = buildReference({ log });
const devnet = await startBenchDevnet();
let results;
try {
  const app = await startNext(REPO, { env: { DEVNET_STATE_FILE: devnet.stateFile }, lifetimeMs: 30 * 60_000 });
  const reference = await startNext(refDir, { lifetimeMs: 30 * 60_000 });
  try {
    const targets = [{ label: "reference", route: "/ (bare reference)", url: `${reference.base}/` }, ...routes.map((route) => ({ label: route, route, url: app.base + route }))];
    results = await collect.lighthouseRounds(targets, RUNS, log);
  } finally {
    app.stop();
    reference.stop();
  }
} finally {
  await devnet.stop();
  removeReference(refDir);
}

const ref = results.find((r) => r.label === "reference");
console.log(`\nLighthouse 12 mobile, median of ${RUNS} round(s), beside the bare reference page\n`);
console.log(`${"route".padEnd(46)} perf  vs bare  a11y  best   seo      LCP      TBT  main thread   CLS`);
for (const r of results) {
  if (r.error) {
    console.log(`${r.route.padEnd(46)} error: ${r.error}`);
    continue;
  }
  const vs = r === ref || !ref ? "" : `${r.performance >= ref.performance ? "+" : ""}${r.performance - ref.performance}`;
  console.log(
    `${r.route.padEnd(46)} ${String(r.performance).padStart(4)}  ${vs.padStart(7)}  ${String(r.accessibility).padStart(4)}  ${String(r.bestPractices).padStart(4)}  ${String(r.seo).padStart(4)}` +
      `  ${`${(r.lcpMs / 1000).toFixed(2)} s`.padStart(7)}  ${`${r.tbtMs} ms`.padStart(7)}  ${`${r.mainThreadMs} ms`.padStart(11)}  ${String(r.cls).padStart(5)}`,
  );
}
const missed = collect.budgetChecks({ lighthouse: results }).filter((c) => !c.ok);
console.log("");
collect.printChecks(missed);
console.log(missed.length ? `${missed.length} budget(s) or goal(s) missed` : `every route within its budgets and goals`);
process.exitCode = missed.length ? 1 : 0;
