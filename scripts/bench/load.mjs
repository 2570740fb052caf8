#!/usr/bin/env node
// `npm run bench:load`: page views against the production build on a private devnet, with counting
// proxies in front of its RPC and staking backend (load-run.mjs). 1,000 views (50 at a time) across
// /, /stake, /nodes, /nodes/<id>, /stake/<contract> and /address/<a>, then 100 on a fresh server,
// to show the upstream figures follow the chain's blocks (none pass here), not the views. Prints,
// per route: requests/s, p50/p95/p99 latency, errors, RPC HTTP requests, JSON-RPC calls (of which
// head polls) and backend requests. Needs a build (`npm run build`).
// Options: --views=1000,100  --json (without it: the markdown table of bench/load.md)
import { reexecUnderTsx } from "./lib/under-tsx.mjs";

reexecUnderTsx(import.meta.url);

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")).map(([k, v]) => [k, v ?? true]));
const VIEWS = String(args.views ?? "1000,100").split(",").map(Number);

const { startLoadWorld, runViews, formatLoadTable } = await import("./lib/load-run.mjs");

const started = Date.now();
const world = await startLoadWorld();
const giveUp = setTimeout(() => {
  console.error("bench:load: giving up after 10 minutes");
  void world.stop().finally(() => process.exit(2));
}, 600_000);
const runs = [];
try {
  for (const views of VIEWS) {
    console.error(`\n${views} views, ${Math.floor(views / world.routes.length)} per route, fresh server:`);
    runs.push({ views, rows: await runViews(world, { views, log: (l) => console.error(`  ${l}`) }) });
  }
} finally {
  clearTimeout(giveUp);
  await world.stop();
}
if (args.json) console.log(JSON.stringify({ measuredAt: new Date().toISOString(), seconds: (Date.now() - started) / 1000, runs }, null, 2));
else {
  console.log(`\n${formatLoadTable(runs)}\n`);
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s; latencies of the views after each route's first; upstream counts include that first view)`);
}
