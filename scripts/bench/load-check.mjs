#!/usr/bin/env node
// The load rule `npm test` holds (scripts/test.mjs, step "load"), where it is deterministic: with no
// new block, 1,000 page views (50 at a time) across the six routes of `npm run bench:load` make at
// most UPSTREAM_BOUND upstream requests per route (RPC HTTP requests and backend requests, the
// shared head poll aside), the head poll at most one per SERVER_BLOCK_POLL_MS (250 ms on the
// devnet) of the route's run, and no answer is a 5xx. Latency is reported, not held (it follows the
// machine's load). Needs a build.
import { reexecUnderTsx } from "./lib/under-tsx.mjs";

reexecUnderTsx(import.meta.url);

export const UPSTREAM_BOUND = 4;
const HEAD_POLL_MS = 250;

const { startLoadWorld, runViews, formatLoadTable } = await import("./lib/load-run.mjs");
const started = Date.now();
const world = await startLoadWorld();
let rows;
try {
  rows = await runViews(world, { views: 1_000 });
} finally {
  await world.stop();
}
console.log(formatLoadTable([{ views: 1_000, rows }]));
const problems = [];
for (const r of rows) {
  if (r.server5xx > 0) problems.push(`${r.route}: ${r.server5xx} answers were 5xx`);
  if (r.errors > 0) problems.push(`${r.route}: ${r.errors} views failed`);
  if (r.upstreamReads > UPSTREAM_BOUND) problems.push(`${r.route}: ${r.upstreamReads} upstream requests for ${r.views + 1} views (bound ${UPSTREAM_BOUND}): ${JSON.stringify({ rpc: r.rpcMethods, backend: r.backendPaths })}`);
  const polls = Math.ceil((r.seconds * 1000) / HEAD_POLL_MS) + 2;
  if (r.headHttp > polls) problems.push(`${r.route}: ${r.headHttp} head polls in ${r.seconds.toFixed(1)} s (at most ${polls})`);
}
console.log(`load: ${problems.length ? "FAILED" : "ok"} in ${((Date.now() - started) / 1000).toFixed(1)} s (bound: ${UPSTREAM_BOUND} upstream requests per route, 0 5xx)`);
for (const p of problems) console.error(`  ${p}`);
process.exitCode = problems.length ? 1 : 0;
