#!/usr/bin/env node
// `npm run test:topology` (a step of `npm test`): the production topology of deploy/, from nothing,
// on free ports: a private devnet, a throwaway PostgreSQL, two standalone app instances and Debian's
// nginx with the config deploy/render-nginx.mjs renders. Then, through nginx:
// - static pages come from nginx's cache (X-Cache-Status: HIT), /_next/static from the disk with
//   immutable caching, gzip-compressed;
// - the funnel is walked and the staking pages viewed, landing on both instances (X-Served-By);
// - one instance gets SIGTERM mid-walk (with views in flight): every view still succeeds (nginx
//   retries once on the other), the instance exits having closed its pool; it is started again and
//   serves again;
// - the funnel's counts in PostgreSQL are exactly the events posted;
// - /api/health and /api/ready answer JSON that names no URL; nginx's rate limit and body cap answer.
// Needs a build (`npm run build`), nginx and PostgreSQL (.ci/run installs both).
import { reexecUnderTsx } from "../bench/lib/under-tsx.mjs";

reexecUnderTsx(import.meta.url);

const { spawn, spawnSync } = await import("node:child_process");
const { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } = await import("node:fs");
const { tmpdir } = await import("node:os");
const path = (await import("node:path")).default;
const assert = (await import("node:assert/strict")).default;
const pg = (await import("pg")).default;
const { freePort } = await import("../free-port.mjs");
const { guardServer } = await import("../watchdog.mjs");
const { startBenchDevnet, waitForUrl } = await import("../bench/lib/servers.mjs");
const { startAppServer } = await import("../bench/lib/app-server.mjs");
const { REPO } = await import("../bench/lib/reference-app.mjs");
const { renderNginx } = await import("../../deploy/render-nginx.mjs");
const { startTempPostgres } = await import("../../test/support/postgres-server.ts");

const started = Date.now();
const lap = (what) => console.log(`  ${((Date.now() - started) / 1000).toFixed(1)} s  ${what}`);
const NGINX = process.env.NGINX_BIN ?? "/usr/sbin/nginx";
if (!existsSync(NGINX)) {
  console.error("nginx is not installed: apt-get install -y nginx (.ci/run installs it)");
  process.exit(1);
}

const stops = [];
const giveUp = setTimeout(() => {
  console.error("topology: giving up after 4 minutes");
  void Promise.allSettled(stops.reverse().map((s) => s())).finally(() => process.exit(2));
}, 240_000);

/** One app instance with its stdout kept (its JSON log lines). */
async function startInstance(name, port, env) {
  let output = "";
  const app = await startAppServer({ port, env: { ...env, INSTANCE_NAME: name }, stdio: ["ignore", "pipe", "pipe"], lifetimeMs: 5 * 60_000 }).catch((e) => {
    throw new Error(`${name}: ${e.message}`);
  });
  app.child.stdout.on("data", (d) => (output += d.toString()));
  app.child.stderr.on("data", (d) => (output += d.toString()));
  return { ...app, name, output: () => output };
}

function startNginx(dir) {
  const child = spawn(NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  child.stderr.on("data", (d) => (err += d.toString()));
  guardServer({ pid: child.pid, lifetimeMs: 5 * 60_000, signal: "SIGQUIT" });
  return { child, err: () => err, stop: () => new Promise((r) => (child.exitCode !== null ? r() : (child.once("exit", r), child.kill("SIGQUIT")))) };
}

try {
  const devnet = await startBenchDevnet();
  stops.push(devnet.stop);
  lap("devnet");
  const postgres = await startTempPostgres({ lifetimeMs: 5 * 60_000 });
  stops.push(postgres.stop);
  lap("PostgreSQL");

  const ports = [await freePort(), await freePort()];
  const env = { DEVNET_STATE_FILE: devnet.stateFile, DATABASE_URL: postgres.url, TRUSTED_PROXY_HOPS: "1", FUNNEL_SQLITE_PATH: "" };
  const instances = await Promise.all(ports.map((p, i) => startInstance(`app-${i + 1}`, p, env)));
  stops.push(() => Promise.all(instances.map((i) => i.stop())));
  lap("two standalone instances");

  // nginx: Debian's main context (modules, mime types) with every path in a temp dir, and the site as deploy/ renders it
  const dir = mkdtempSync(path.join(tmpdir(), "topology-nginx-"));
  stops.push(async () => rmSync(dir, { recursive: true, force: true }));
  for (const sub of ["snippets", "cache", "tmp", "logs"]) mkdirSync(path.join(dir, sub));
  copyFileSync(path.join(REPO, "deploy/nginx/proxy-params.conf"), path.join(dir, "snippets/proxy-params.conf"));
  const brotli = existsSync("/etc/nginx/modules-enabled") && readdirSync("/etc/nginx/modules-enabled").some((f) => f.includes("brotli"));
  if (brotli) copyFileSync(path.join(REPO, "deploy/nginx/session-staking-brotli.conf"), path.join(dir, "snippets/session-staking-brotli.conf"));
  const nginxPort = await freePort();
  writeFileSync(
    path.join(dir, "site.conf"),
    renderNginx({ appDir: REPO, instances: ports.map((p) => `127.0.0.1:${p}`), listen: `127.0.0.1:${nginxPort}`, cacheDir: path.join(dir, "cache"), snippetsDir: path.join(dir, "snippets"), proxyParams: path.join(dir, "snippets/proxy-params.conf") }),
  );
  const tmp = (n) => `${n}_temp_path ${path.join(dir, "tmp", n)};`;
  writeFileSync(
    path.join(dir, "nginx.conf"),
    [
      process.getuid?.() === 0 ? "user root;" : "",
      "worker_processes 1;",
      `pid ${path.join(dir, "nginx.pid")};`,
      `error_log ${path.join(dir, "logs/error.log")} warn;`,
      existsSync("/etc/nginx/modules-enabled") ? "include /etc/nginx/modules-enabled/*.conf;" : "",
      "events { worker_connections 512; }",
      "http {",
      "  include /etc/nginx/mime.types;",
      "  default_type application/octet-stream;",
      "  sendfile on;",
      `  access_log ${path.join(dir, "logs/access.log")};`,
      `  ${tmp("client_body")} ${tmp("proxy")} ${tmp("fastcgi")} ${tmp("uwsgi")} ${tmp("scgi")}`,
      `  include ${path.join(dir, "site.conf")};`,
      "}",
    ].join("\n"),
  );
  const check = spawnSync(NGINX, ["-t", "-p", dir, "-c", path.join(dir, "nginx.conf")], { encoding: "utf8" });
  assert.equal(check.status, 0, `nginx -t: ${check.stderr}`);
  const nginx = startNginx(dir);
  stops.push(nginx.stop);
  const base = `http://127.0.0.1:${nginxPort}`;
  await waitForUrl(`${base}/api/health`, { child: nginx.child, timeoutMs: 20_000 });
  lap(`nginx${brotli ? " (with brotli)" : ""}`);

  const served = new Map();
  /** views nginx sent to a second instance after the first failed (X-Served-By names both) */
  let retried = 0;
  /** One request through nginx; notes which instance answered. */
  async function get(p, init = {}) {
    const res = await fetch(base + p, { redirect: "manual", ...init });
    const body = await res.text();
    if ((res.headers.get("x-served-by") ?? "").includes(",")) retried++;
    for (const addr of (res.headers.get("x-served-by") ?? "").split(",").map((s) => s.trim()).filter(Boolean)) served.set(addr, (served.get(addr) ?? 0) + 1);
    return { status: res.status, headers: res.headers, body, servedBy: res.headers.get("x-served-by") ?? "" };
  }

  // static pages from nginx's cache; the build's assets from the disk, immutable, compressed
  for (const page of ["/", "/staking"]) {
    await get(page);
    const again = await get(page);
    assert.equal(again.status, 200);
    assert.equal(again.headers.get("x-cache-status"), "HIT", `${page} the second time comes from nginx's cache`);
  }
  const home = await get("/", { headers: { "accept-encoding": "gzip" } });
  assert.equal(home.headers.get("content-encoding"), "gzip", "pages are gzip-compressed by nginx");
  const chunk = /\/_next\/static\/[^"']+\.js/.exec(home.body)?.[0];
  assert.ok(chunk, "the home page links a script of the build");
  const asset = await get(chunk, { headers: { "accept-encoding": "gzip" } });
  assert.equal(asset.status, 200);
  assert.match(asset.headers.get("cache-control") ?? "", /immutable/);
  assert.equal(asset.servedBy, "", "served by nginx from the disk, no instance asked");
  assert.equal(asset.headers.get("content-encoding"), "gzip");
  assert.match(home.headers.get("x-request-id") ?? "", /^[0-9a-f]{32}$/, "the app logs under nginx's request id");
  lap("static pages cached, assets from disk");

  // the walk: the staking pages and the funnel's steps, as a visitor's browser sends them
  const nodes = JSON.parse(await (await fetch(`${devnet.state.backendApiUrl}/nodes`)).text()).nodes;
  const contracts = JSON.parse(await (await fetch(`${devnet.state.backendApiUrl}/contract/contribution`)).text()).contracts;
  const staker = devnet.state.accounts.find((a) => a.name === "contributor").address;
  const pages = ["/stake", "/nodes", `/nodes/${nodes[0].contract_id}`, `/stake/${contracts[0].address}`, `/address/${staker}`];
  const events = [
    { step: "landing", path: "/" },
    { step: "cta_click", path: "/", cta: "home-hero-how-staking-works" },
    { step: "explainer", path: "/staking" },
    { step: "stake_page", path: "/stake" },
  ];
  const posted = {};
  const failures = [];
  async function walkOnce() {
    for (const p of pages) {
      const r = await get(p);
      if (r.status !== 200 || r.body.includes('data-testid="config-error"')) failures.push(`${p}: ${r.status}`);
    }
    for (const e of events) {
      const r = await get("/api/funnel", { method: "POST", headers: { "content-type": "text/plain;charset=UTF-8", "sec-fetch-site": "same-origin" }, body: JSON.stringify(e) });
      if (r.status === 204) posted[e.step] = (posted[e.step] ?? 0) + 1;
      else failures.push(`funnel ${e.step}: ${r.status} ${r.body.slice(0, 200)}`);
    }
  }
  for (let i = 0; i < 3; i++) await walkOnce();
  const addrs = ports.map((p) => `127.0.0.1:${p}`);
  for (const a of addrs) assert.ok((served.get(a) ?? 0) > 0, `requests landed on ${a}: ${JSON.stringify([...served])}`);
  lap(`walked 3 times: ${addrs.map((a) => `${a} ${served.get(a)}`).join(", ")}`);

  // one instance stops (SIGTERM) while views are in flight; the walk goes on
  const [first, second] = instances;
  const inFlight = Promise.all(Array.from({ length: 8 }, () => get("/stake")));
  await new Promise((r) => setTimeout(r, 30));
  const exit = first.stop();
  const during = await inFlight;
  assert.deepEqual(during.map((r) => r.status), Array(8).fill(200), "views in flight at SIGTERM finish");
  const { code, signal } = (await exit) ?? {};
  assert.ok(code === 143 || signal === "SIGTERM", `the instance stopped on SIGTERM (code ${code}, signal ${signal})`);
  assert.match(first.output(), /"event":"shutdown_done"/, "it closed its pool before exiting");
  const before = new Map(served);
  for (let i = 0; i < 2; i++) await walkOnce();
  assert.deepEqual(failures, [], "no failed page view or event while one instance was down");
  assert.ok(retried > 0, "nginx retried a view on the other instance");
  assert.ok((served.get(addrs[1]) ?? 0) > (before.get(addrs[1]) ?? 0), "the other instance served");
  lap(`one instance stopped mid-walk: every view served (${retried} retried on the other)`);

  // it comes back and serves again (nginx tries it again after fail_timeout, 10 s)
  const restarted = await startInstance("app-1", ports[0], env);
  instances[0] = restarted;
  const countBefore = served.get(addrs[0]) ?? 0;
  // (a page view every 200 ms until it does: well under the edge's rate limit)
  const until = Date.now() + 30_000;
  while ((served.get(addrs[0]) ?? 0) === countBefore && Date.now() < until) {
    const r = await get("/nodes");
    if (r.status !== 200) failures.push(`/nodes: ${r.status}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.ok((served.get(addrs[0]) ?? 0) > countBefore, "the restarted instance serves again");
  await walkOnce();
  assert.deepEqual(failures, []);
  lap("restarted instance serves again");

  // the funnel's counts in PostgreSQL are exactly what was posted, across both instances
  const db = new pg.Client({ connectionString: postgres.url });
  await db.connect();
  const rows = (await db.query("SELECT step, SUM(count)::int AS n FROM funnel_daily_counts GROUP BY step")).rows;
  await db.end();
  assert.deepEqual(Object.fromEntries(rows.map((r) => [r.step, r.n])), posted, "PostgreSQL holds exactly the events posted");
  lap(`funnel counts exact: ${JSON.stringify(posted)}`);

  // health and readiness through nginx: JSON naming no URL or secret
  const health = await get("/api/health");
  assert.equal(health.status, 200);
  assert.equal(JSON.parse(health.body).status, "ok");
  const ready = await get("/api/ready");
  assert.equal(ready.status, 200, ready.body);
  const readyBody = JSON.parse(ready.body);
  assert.equal(readyBody.status, "ready");
  assert.deepEqual(Object.keys(readyBody.checks).sort(), ["backend", "configuration", "database", "rpc"]);
  assert.equal(readyBody.checks.database.detail, "PostgreSQL reachable");
  assert.doesNotMatch(ready.body, /https?:\/\/|postgres(ql)?:\/\/|127\.0\.0\.1/, "names no URL or address");

  // the edge's own limits: the body cap and the request rate
  const big = await get("/api/funnel", { method: "POST", headers: { "content-type": "text/plain;charset=UTF-8", "sec-fetch-site": "same-origin" }, body: "x".repeat(32 * 1024) });
  assert.equal(big.status, 413, "a body over 16 KiB stops at nginx");
  const burst = await Promise.all(Array.from({ length: 60 }, () => get("/api/health")));
  const limited = burst.filter((r) => r.status === 429).length;
  assert.ok(limited > 0 && burst.every((r) => r.status === 200 || r.status === 429), `nginx's limit_req answers 429 to a burst (${limited} of 60)`);
  lap(`health, readiness, body cap, rate limit (${limited} of 60 limited)`);

  // the app's log lines are JSON and never carry a client address
  for (const inst of [first, second]) {
    const json = inst.output().split("\n").filter((l) => l.startsWith("{"));
    for (const line of json) assert.doesNotMatch(line, /127\.0\.0\.1/, `${inst.name} logged an address: ${line}`);
  }
  console.log(`topology: ok in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (e) {
  console.error(`topology: FAILED: ${e instanceof Error ? e.stack : e}`);
  process.exitCode = 1;
} finally {
  clearTimeout(giveUp);
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
}
