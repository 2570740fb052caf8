#!/usr/bin/env node
// `npm test`'s budget step (after the build it already made): the budgets that do not move from
// run to run, held against the build in .next. First-load gzip JS of every marketing route <= 1.10x
// the bare reference page, /stake and /stake/<contract> <= 1.5x with no wallet code before a tap,
// /stake's chain data in <= 3 RPC requests at 10, 100 and 1,000 contracts, Lighthouse accessibility
// and SEO 100 and best practices >= 96 on /, the newest post and /stake (one run each: these scores
// do not depend on the machine's load). Performance scores move with the machine: `npm run bench`
// reports them beside the reference's. Exits 1 on a missed budget. About two minutes.
import { existsSync } from "node:fs";
import path from "node:path";
import { reexecUnderTsx } from "./lib/under-tsx.mjs";

reexecUnderTsx(import.meta.url);

const { buildReference, REPO, removeReference } = await import("./lib/reference-app.mjs");
const { startBenchDevnet, startNext } = await import("./lib/servers.mjs");
const collect = await import("./lib/collect.mjs");

if (!existsSync(path.join(REPO, ".next", "BUILD_ID"))) {
  console.error("budgets: no production build in .next: run `npm run build` first");
  process.exit(2);
}
const started = Date.now();
const refDir = buildReference();
const devnet = await startBenchDevnet();
let figures;
try {
  const js = collect.marketingJs(refDir);
  const server = await startNext(REPO, { env: { DEVNET_STATE_FILE: devnet.stateFile }, lifetimeMs: 10 * 60_000 });
  try {
    const stake = await collect.stakeJs(server.base, devnet.state, js.reference);
    const rpc = await collect.rpcRequests(devnet.state, [10, 100, 1000]);
    const post = await collect.newestPostPath();
    const targets = ["/", post, "/stake"].map((route) => ({ label: route, route, url: server.base + route }));
    const lighthouse = await collect.lighthouseRounds(targets, 1, (m) => console.error(m), ["accessibility", "best-practices", "seo"]);
    figures = { js, stake, rpc, lighthouse };
  } finally {
    server.stop();
  }
} finally {
  await devnet.stop();
  removeReference(refDir);
}
const checks = collect.budgetChecks(figures);
console.log(`\nBudgets (${((Date.now() - started) / 1000).toFixed(0)} s):`);
collect.printChecks(checks);
const failed = checks.filter((c) => !c.ok);
console.log(failed.length ? `\n${failed.length} budget(s) missed` : `\nall ${checks.length} budgets met`);
process.exitCode = failed.length ? 1 : 0;
