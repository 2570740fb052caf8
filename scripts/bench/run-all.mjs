#!/usr/bin/env node
// `npm run bench`: the one bench. Builds this app (`npm run build`) and, in the same run, the bare
// reference app (same Next, one heading), then measures, on a private devnet on free ports:
//   - first-load gzip JS of /, the newest post, /token, /stake, /stake/<contract>, each / the reference's
//     (every other marketing route too, for the budget);
//   - Lighthouse 12 mobile (simulated throttling), median of 3 runs interleaved with the reference page,
//     for /, the newest post, /token and every dApp route, each dApp route also as its floor (the same
//     server HTML with its scripts removed: scripts/bench/lib/no-script-proxy.mjs), with TBT, main-thread
//     work and DOM size beside the bare page's;
//   - /stake's RPC requests for its chain data at 10, 100 and 1,000 contracts;
//   - a cold `npm run dev` until /stake shows devnet data.
// Writes bench/results.json and bench/results.md (the table), prints the table, exits 1 on a missed
// budget. Options: --no-build (measure the build in .next)  --runs=3  --no-dev  --floors=no  --notes (put
// the table into bench/NOTES.md, the performance log, between its bench:start and bench:end markers)
import { spawnSync } from "node:child_process";
import { cpus } from "node:os";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { reexecUnderTsx } from "./lib/under-tsx.mjs";

reexecUnderTsx(import.meta.url);

const { buildReference, NEXT_VERSION, REPO, removeReference } = await import("./lib/reference-app.mjs");
const { startBenchDevnet, startNext } = await import("./lib/servers.mjs");
const collect = await import("./lib/collect.mjs");
const { startNoScriptProxy } = await import("./lib/no-script-proxy.mjs");
const { dappRoutes, openContract } = await import("./lib/stake-pages.mjs");

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")).map(([k, v]) => [k, v ?? true]));
const RUNS = Math.max(1, Number(args.runs ?? 3));
const log = (m) => console.error(`bench: ${m}`);
const started = Date.now();

if (!args["no-build"]) {
  log("npm run build");
  const r = spawnSync("npm", ["run", "build"], { cwd: REPO, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) {
    console.error("bench: the build failed");
    process.exit(2);
  }
}
const refDir = buildReference({ log });
const post = await collect.newestPostPath();
const results = { date: new Date().toISOString(), next: NEXT_VERSION, node: process.version, cpus: cpus().length, post };
try {
  const js = collect.marketingJs(refDir);
  const devnet = await startBenchDevnet();
  try {
    const app = await startNext(REPO, { env: { DEVNET_STATE_FILE: devnet.stateFile } });
    const reference = await startNext(refDir);
    const floor = await startNoScriptProxy(app.base);
    try {
      log("stake pages in Chromium");
      const stake = await collect.stakeJs(app.base, devnet.state, js.reference);
      log("RPC requests at 10, 100, 1,000 contracts");
      const rpc = await collect.rpcRequests(devnet.state, [10, 100, 1000]);
      log(`Lighthouse, ${RUNS} interleaved rounds`);
      const staker = devnet.state.accounts.find((a) => a.name === "staker")?.address ?? "";
      const dapp = dappRoutes({ contract: await openContract(devnet.state.backendApiUrl), nodeId: 1, address: staker });
      const targets = [
        { label: "reference", route: "/ (bare reference)", url: `${reference.base}/` },
        ...["/", post, "/token"].map((route) => ({ label: route, route, url: app.base + route })),
        ...dapp.flatMap((d) => [
          { label: d.label ?? d.route, route: d.label ?? d.route, url: app.base + d.route, dapp: true },
          ...(args.floors === "no" ? [] : [{ label: `${d.label ?? d.route} (floor)`, route: `${d.label ?? d.route}, scripts removed`, url: floor.base + d.route, floorOf: d.label ?? d.route }]),
        ]),
      ];
      const lighthouse = await collect.lighthouseRounds(targets, RUNS, log);
      Object.assign(results, { js, stake, rpc, lighthouse });
    } finally {
      await floor.stop();
      app.stop();
      reference.stop();
    }
  } finally {
    await devnet.stop();
  }
  if (!args["no-dev"]) {
    log("cold npm run dev until /stake shows devnet data");
    results.dev = await collect.coldDev();
  }
} finally {
  removeReference(refDir);
}
results.budgets = collect.budgetChecks(results);
results.seconds = Math.round((Date.now() - started) / 1000);

const table = renderTable(results);
mkdirSync(path.join(REPO, "bench"), { recursive: true });
writeFileSync(path.join(REPO, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(path.join(REPO, "bench", "results.md"), `${table}\n`);
if (args.notes) updateNotes(table);
console.log(`\n${table}\n`);
collect.printChecks(results.budgets.filter((c) => !c.ok));
const failed = results.budgets.filter((c) => !c.ok).length;
console.log(failed ? `${failed} budget(s) missed` : `all ${results.budgets.length} budgets met (bench/results.json)`);
process.exitCode = failed ? 1 : 0;

function renderTable(r) {
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  const lines = [];
  lines.push(`Measured ${r.date.slice(0, 10)} by \`npm run bench\` (next ${r.next}, Node ${r.node}, ${r.cpus} cores; ${r.seconds} s).`, "");
  lines.push("| page | first-load JS (gzip) | × bare page | budget |", "| --- | ---: | ---: | ---: |");
  lines.push(`| bare reference (one heading) | ${kib(r.js.reference.gzip)} | 1.00 | |`);
  const pick = (route) => r.js.rows.find((x) => x.route === route);
  for (const [label, row] of [["/", pick("/")], [`a post (${r.post})`, pick(r.post)], ["/token", pick("/token")]]) {
    if (row) lines.push(`| ${label} | ${kib(row.gzip)} | ${row.ratio.toFixed(2)} | ≤ ${collect.MARKETING_BUDGET.toFixed(2)} |`);
  }
  const worst = r.js.rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  lines.push(`| (worst of all ${r.js.rows.length} marketing routes: ${worst.route}) | ${kib(worst.gzip)} | ${worst.ratio.toFixed(2)} | ≤ ${collect.MARKETING_BUDGET.toFixed(2)} |`);
  for (const s of r.stake) lines.push(`| ${s.route} | ${kib(s.gzip)} | ${s.ratio.toFixed(2)} | ≤ 1.50 |`);
  lines.push("");
  const ref = r.lighthouse.find((x) => x.label === "reference");
  const ratio = (v, base) => (v !== null && base ? `${(v / base).toFixed(2)}×` : "");
  lines.push(
    `| Lighthouse 12 mobile, median of ${RUNS} | performance | vs bare | TBT | × bare | main thread | × bare | DOM nodes | LCP | CLS | a11y | best pr. | SEO |`,
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  );
  for (const x of r.lighthouse) {
    if (x.error) {
      lines.push(`| ${x.route} | error: ${x.error} | | | | | | | | | | | |`);
      continue;
    }
    const vs = x.label === "reference" || !ref ? "" : `${x.performance - ref.performance >= 0 ? "+" : ""}${x.performance - ref.performance}`;
    lines.push(
      `| ${x.route} | ${x.performance} | ${vs} | ${x.tbtMs} ms | ${x.label === "reference" ? "" : ratio(x.tbtMs, ref?.tbtMs)} | ${x.mainThreadMs ?? ""} ms | ${x.label === "reference" ? "" : ratio(x.mainThreadMs, ref?.mainThreadMs)} | ${x.domNodes ?? ""} | ${(x.lcpMs / 1000).toFixed(2)} s | ${x.cls} | ${x.accessibility} | ${x.bestPractices} | ${x.seo} |`,
    );
  }
  lines.push("", "| /stake chain data | contract calls | HTTP requests to the RPC | budget |", "| --- | ---: | ---: | ---: |");
  for (const x of r.rpc) lines.push(`| ${x.contracts.toLocaleString("en")} contracts, ${x.nodes.toLocaleString("en")} nodes | ${x.contractCalls} | ${x.httpRequests} | ≤ 3 |`);
  if (r.dev) lines.push("", `Cold \`npm run dev\` (devnet start, then \`next dev\` with \`.next/dev\` removed) until /stake shows devnet data: **${(r.dev.coldMs / 1000).toFixed(1)} s**.`);
  return lines.join("\n");
}

function updateNotes(table) {
  const file = path.join(REPO, "bench", "NOTES.md");
  const text = readFileSync(file, "utf8");
  const start = "<!-- bench:start -->";
  const end = "<!-- bench:end -->";
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`bench/NOTES.md has no ${start} … ${end} section`);
  writeFileSync(file, `${text.slice(0, i + start.length)}\n${table}\n${text.slice(j)}`);
}
