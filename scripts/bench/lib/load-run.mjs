// The load bench's machinery (`npm run bench:load`, scripts/bench/load.mjs, and its rule in
// `npm test`, scripts/bench/load-check.mjs): a private devnet on free ports, counting proxies in
// front of its RPC and its staking backend (load-proxy.mjs), and the production server of the build
// reading a devnet state file whose URLs point at the proxies, so every upstream request the
// server makes is counted. Page views are driven by autocannon, one route after the other (so each
// route's upstream requests are its own), 50 connections at a time.
// Needs the tsx loader (the devnet is TypeScript): scripts call reexecUnderTsx first.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { startAppServer } from "./app-server.mjs";
import { countsBetween, HEAD_METHODS, startCountingProxy } from "./load-proxy.mjs";
import { startBenchDevnet } from "./servers.mjs";

export const CONNECTIONS = 50;

/** The devnet, its two counting proxies, and the routes' parameters (a node, an open contract, a staker). */
export async function startLoadWorld() {
  const devnet = await startBenchDevnet();
  const rpc = await startCountingProxy(devnet.state.rpcUrl);
  const api = await startCountingProxy(devnet.state.backendApiUrl);
  const dir = mkdtempSync(path.join(tmpdir(), "bench-load-"));
  const stateFile = path.join(dir, "devnet.json");
  writeFileSync(stateFile, JSON.stringify({ ...devnet.state, rpcUrl: rpc.url, backendApiUrl: api.url }));
  // the parameters come from the devnet directly (not through the proxies: they are not page views)
  const nodes = JSON.parse(await (await fetch(`${devnet.state.backendApiUrl}/nodes`)).text()).nodes;
  const contracts = JSON.parse(await (await fetch(`${devnet.state.backendApiUrl}/contract/contribution`)).text()).contracts;
  const open = contracts.find((c) => c.status === 1);
  const staker = devnet.state.accounts.find((a) => a.name === "contributor")?.address;
  if (!nodes.length || !open || !staker) throw new Error("the devnet lists no node, open contract or contributor");
  const routes = [
    { label: "/", path: "/" },
    { label: "/stake", path: "/stake", expect: 'data-testid="open-node-row"' },
    { label: "/nodes", path: "/nodes", expect: 'data-testid="nodes-count"' },
    { label: "/nodes/<id>", path: `/nodes/${nodes[0].contract_id}`, expect: 'data-testid="node-fee"' },
    { label: "/stake/<contract>", path: `/stake/${open.address}` },
    { label: "/address/<a>", path: `/address/${staker}`, expect: 'data-testid="address-heading"' },
  ];
  return {
    devnet,
    rpc,
    api,
    routes,
    stateFile,
    async stop() {
      await Promise.all([rpc.close(), api.close()]);
      await devnet.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** `amount` views of one URL, CONNECTIONS at a time; every response's time and status. */
function drive(url, amount) {
  return new Promise((resolve, reject) => {
    const times = [];
    const statuses = {};
    const instance = autocannon({ url, connections: Math.min(CONNECTIONS, amount), amount, timeout: 30, headers: { accept: "text/html" } }, (err, result) => {
      if (err) reject(err);
      else resolve({ result, times, statuses });
    });
    instance.on("response", (_client, status, _bytes, ms) => {
      times.push(ms);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
}

/**
 * One server, `views` page views split evenly across the routes (one route after the other). A
 * first view of each route, before its measured ones, is counted upstream but not in the latency
 * (it loads the route's code). Returns one row per route.
 */
export async function runViews(world, { views, env = {}, log = () => {} }) {
  const server = await startAppServer({ env: { DEVNET_STATE_FILE: world.stateFile, ...env } });
  const rows = [];
  try {
    const perRoute = Math.floor(views / world.routes.length);
    for (const route of world.routes) {
      const before = { rpc: world.rpc.snapshot(), api: world.api.snapshot() };
      const first = await fetch(server.base + route.path);
      const html = await first.text();
      if (first.status !== 200) throw new Error(`${route.path} answered HTTP ${first.status}`);
      if (html.includes('data-testid="config-error"')) throw new Error(`${route.path} rendered the configuration error page`);
      if (route.expect && !html.includes(route.expect)) throw new Error(`${route.path}: the server's HTML lacks ${route.expect} (its server read failed?)`);
      const started = Date.now();
      const { result, times, statuses } = await drive(server.base + route.path, perRoute);
      const seconds = (Date.now() - started) / 1000;
      const rpc = countsBetween(before.rpc, world.rpc.snapshot());
      const api = countsBetween(before.api, world.api.snapshot());
      const sorted = [...times].sort((a, b) => a - b);
      const headCalls = Object.entries(rpc.byMethod).filter(([m]) => HEAD_METHODS.has(m)).reduce((s, [, n]) => s + n, 0);
      const row = {
        route: route.label,
        views: perRoute,
        reqPerSec: Math.round(perRoute / seconds),
        p50: Math.round(percentile(sorted, 50)),
        p95: Math.round(percentile(sorted, 95)),
        p99: Math.round(percentile(sorted, 99)),
        errors: result.errors + result.timeouts + result.non2xx,
        server5xx: Object.entries(statuses).filter(([s]) => Number(s) >= 500).reduce((n, [, c]) => n + c, 0),
        rpcHttp: rpc.http,
        rpcCalls: rpc.calls,
        headCalls,
        headHttp: rpc.headHttp,
        // what the route's views asked the upstreams, the shared head poll aside
        upstreamReads: rpc.http - rpc.headHttp + api.http,
        rpcMethods: rpc.byMethod,
        backend: api.http,
        backendPaths: api.byPath,
        seconds,
      };
      log(`${row.route}: ${row.views} views in ${seconds.toFixed(1)} s, p95 ${row.p95} ms, RPC ${row.rpcHttp} HTTP / ${row.rpcCalls} calls (${headCalls} head), backend ${row.backend}`);
      rows.push(row);
    }
  } finally {
    await server.stop();
  }
  return rows;
}

/** bench/load.md's table: one line per route for each run. */
export function formatLoadTable(runs) {
  const lines = [
    "| views | route | req/s | p50 | p95 | p99 | errors | RPC HTTP | JSON-RPC calls (head polls) | backend |",
    "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const { views, rows } of runs) {
    for (const r of rows) lines.push(`| ${views} | ${r.route} | ${r.reqPerSec} | ${r.p50} ms | ${r.p95} ms | ${r.p99} ms | ${r.errors} | ${r.rpcHttp} | ${r.rpcCalls} (${r.headCalls}) | ${r.backend} |`);
    const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
    lines.push(`| ${views} | **all** | | | | | ${sum("errors")} | ${sum("rpcHttp")} | ${sum("rpcCalls")} (${sum("headCalls")}) | ${sum("backend")} |`);
  }
  return lines.join("\n");
}
