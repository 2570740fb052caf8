#!/usr/bin/env node
// `npm run bench:profile -- /stake /nodes / [--reference]`: where a page's main-thread time goes while it
// loads on a phone, by npm package and by source file: the question behind the Lighthouse TBT goal
// (issue 9) is what to defer, split or move to the server, and the answer has to be measured.
// A mid-range phone as Lighthouse emulates it (412 x 823, touch, CPU slowed 4x), a fresh context
// (cold cache) per run, V8's sampling profiler from navigation until SETTLE_MS after `load`, on a
// private devnet and `next start` of the build in .next. Prints self time (mean of --runs, default
// 3): "(program)" is the browser's own work outside JavaScript (HTML parsing, style, layout, paint,
// script compilation), "(idle)" is waiting. --reference also builds the bare reference app (one
// heading, scripts/bench/lib/reference-app.mjs) with source maps and profiles its page the same way.
//
// Mapping minified code back to packages and files needs the browser source maps, which only a
// bench build writes (next.config.mjs):
//   BENCH_SOURCE_MAPS=1 SKIP_BUILD_TYPECHECK=1 npm run build
// Without them the times are grouped by chunk file. Rebuild normally afterwards (`npm run build`):
// production builds ship no source maps.
import { reexecUnderTsx } from "./lib/under-tsx.mjs";

reexecUnderTsx(import.meta.url);

const { existsSync, readFileSync } = await import("node:fs");
const path = await import("node:path");
const { TraceMap, originalPositionFor } = await import("@jridgewell/trace-mapping");
const { REPO, buildReference, removeReference } = await import("./lib/reference-app.mjs");
const { startBenchDevnet, startNext } = await import("./lib/servers.mjs");
const { launchBrowser, openPhonePage } = await import("./lib/stake-pages.mjs");

const args = process.argv.slice(2);
const routes = args.filter((a) => a.startsWith("/"));
if (!routes.length) routes.push("/stake");
const RUNS = Math.max(1, Number(args.find((a) => a.startsWith("--runs="))?.slice(7) ?? 3));
const SETTLE_MS = 6_000;
const TOP = 25;

/** Packages grouped as the decisions they inform: what the wallet costs, what React and Next cost. */
const GROUPS = [
  ["wallet (wagmi, @wagmi/core, zustand, RainbowKit, connectors)", /^nm\/(wagmi|@wagmi\/|zustand|@rainbow-me\/|@walletconnect\/|@coinbase\/|@metamask\/|mipd|eventemitter3)/],
  ["chain reads (viem, abitype, ox, @noble, @scure)", /^nm\/(viem|abitype|ox|@noble\/|@scure\/)/],
  ["TanStack Query", /^nm\/@tanstack\//],
  ["React and Next (react-dom, scheduler, router, RSC client)", /^nm\/(next|react|react-dom|scheduler)(\/|$)/],
  ["bundler runtime (turbopack: module instantiation)", /^turbopack:/],
  ["the app's own code", /^(app|components|lib|content)\//],
  ["the page's inline scripts (RSC payload, theme)", /^\(the page's inline scripts\)$/],
  ["garbage collection", /^\(garbage collector\)$/],
  ["browser, outside JavaScript: (program)", /^\(program\)$/],
];

const maps = new Map();
/** The source map of a chunk served from the build in `dir`, read from its .next (null when the build wrote none). */
function mapFor(dir, url) {
  const key = `${dir} ${url}`;
  if (maps.has(key)) return maps.get(key);
  let map = null;
  const file = path.join(dir, ".next", new URL(url).pathname.replace(/^\/_next\//, ""));
  if (existsSync(file)) {
    const ref = /sourceMappingURL=(\S+)\s*$/.exec(readFileSync(file, "utf8").slice(-400));
    const mapFile = ref ? path.join(path.dirname(file), ref[1]) : "";
    if (mapFile && existsSync(mapFile)) map = new TraceMap(readFileSync(mapFile, "utf8"));
  }
  maps.set(key, map);
  return map;
}

/** "nm/<package>" for node_modules, the repo path for the app's files, the chunk or built-in otherwise. */
function sourceOf(dir, callFrame) {
  const { url, lineNumber, columnNumber, functionName } = callFrame;
  // V8's pseudo-frames are "(program)", "(idle)", "(garbage collector)"; DOM built-ins have a name
  if (!url) return { file: functionName.startsWith("(") ? functionName : `(${functionName || "anonymous"})`, fn: "" };
  if (!url.includes("/_next/")) return { file: "(the page's inline scripts)", fn: functionName };
  const map = url.includes("/_next/static/") ? mapFor(dir, url) : null;
  if (!map) return { file: url.split("/").pop() || url, fn: functionName };
  const o = originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
  if (!o.source) return { file: url.split("/").pop(), fn: functionName };
  const file = o.source.replace(/^.*node_modules\//, "nm/").replace(/^.*\[project\]\//, "");
  return { file, fn: `${o.name ?? functionName}:${o.line}` };
}

function packageOf(file) {
  if (!file.startsWith("nm/")) return file;
  const parts = file.split("/");
  return parts.slice(0, parts[1].startsWith("@") ? 3 : 2).join("/");
}

/** Self time in ms per profile node, from the samples and their time deltas. */
function selfTimes(profile) {
  const ms = new Map();
  profile.samples.forEach((id, i) => ms.set(id, (ms.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  return profile.nodes.map((n) => ({ frame: n.callFrame, ms: ms.get(n.id) ?? 0 })).filter((n) => n.ms > 0);
}

const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
const rows = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
const fmt = (ms) => ms.toFixed(0).padStart(6);

/** Profiles `route` of the build in `dir` served at `base`; prints the table under `title`. */
async function profileRoute(browser, { dir, base, route, title }) {
  await fetch(base + route); // the server's first render of the route is not the page's
  const byPackage = new Map();
  const byFunction = new Map();
  let mapped = false;
  for (let run = 0; run < RUNS; run++) {
    const { context, page, cdp } = await openPhonePage(browser);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 }); // µs
    await cdp.send("Profiler.start");
    await page.goto(base + route, { waitUntil: "load" });
    await page.waitForTimeout(SETTLE_MS);
    const { profile } = await cdp.send("Profiler.stop");
    for (const { frame, ms } of selfTimes(profile)) {
      const { file, fn } = sourceOf(dir, frame);
      if (file === "(idle)") continue;
      mapped ||= file.startsWith("nm/");
      add(byPackage, packageOf(file), ms / RUNS);
      add(byFunction, `${file} ${fn}`, ms / RUNS);
    }
    await context.close();
  }
  const busy = [...byPackage.values()].reduce((a, b) => a + b, 0);
  console.log(`\n${title}: main thread busy ${busy.toFixed(0)} ms (4x CPU, 412 px, cold cache, until ${SETTLE_MS / 1000} s after load; mean of ${RUNS})`);
  if (!mapped) console.log("  (no source maps in .next: grouped by chunk; build with BENCH_SOURCE_MAPS=1 to see packages)");
  else {
    console.log("  by group:");
    for (const [label, re] of GROUPS) {
      const ms = [...byPackage].filter(([k]) => re.test(k)).reduce((a, [, v]) => a + v, 0);
      console.log(`  ${fmt(ms)} ms ${((100 * ms) / busy).toFixed(0).padStart(3)} %  ${label}`);
    }
  }
  console.log("  by package or file:");
  for (const [k, v] of rows(byPackage, TOP)) console.log(`  ${fmt(v)} ms  ${k}`);
  console.log("  by function:");
  for (const [k, v] of rows(byFunction, 15)) console.log(`  ${fmt(v)} ms  ${k}`);
}

const refDir = args.includes("--reference") ? buildReference({ sourceMaps: true }) : null;
const devnet = await startBenchDevnet();
const server = await startNext(REPO, { env: { DEVNET_STATE_FILE: devnet.stateFile }, lifetimeMs: 15 * 60_000 });
const reference = refDir ? await startNext(refDir, { lifetimeMs: 15 * 60_000 }) : null;
const browser = await launchBrowser();
try {
  if (reference) await profileRoute(browser, { dir: refDir, base: reference.base, route: "/", title: "bare reference page" });
  for (const route of routes) await profileRoute(browser, { dir: REPO, base: server.base, route, title: route });
} finally {
  await browser.close();
  server.stop();
  reference?.stop();
  await devnet.stop();
  removeReference(refDir);
}
