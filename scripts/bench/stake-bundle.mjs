#!/usr/bin/env node
// `node scripts/bench/stake-bundle.mjs`: gzip JavaScript /stake ships in its first HTML (before the
// wallet dialog is opened) against the bare Next.js page with one <h1> built with the same Next
// version, in the same run. Budget 2.5x (DESIGN.md).
//
// The reference is built and measured by scripts/bench/bundle-ratio.mjs (the site's budget
// script; its --json output carries the reference), so both budgets use one method: the
// <script src> files of the page's HTML, read from .next on disk, gzip level 9, summed.
// /stake is dynamic, so its HTML is fetched from `next start` on a free port. Needs a production
// build in .next (`npx next build`); run under `flock /tmp/next.lock` when others build too.
// Options: --budget=2.5  --json
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { freePort } from "../free-port.mjs";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")).map(([k, v]) => [k, v ?? true]));
const BUDGET = Number(args.budget ?? 2.5);
const ROUTE = "/stake";

function fail(message) {
  console.error(`stake-bundle: ${message}`);
  process.exit(2);
}


/** The bare reference page's first-load JS, measured by the site's bundle-ratio script. */
function referenceWeight() {
  const r = spawnSync(process.execPath, [path.join(REPO, "scripts/bench/bundle-ratio.mjs"), "--json"], { cwd: REPO, encoding: "utf8", maxBuffer: 16 << 20 });
  const start = r.stdout.indexOf("{");
  if (start < 0) fail(`bundle-ratio.mjs gave no JSON (exit ${r.status}):\n${r.stderr}`);
  const out = JSON.parse(r.stdout.slice(start));
  return { next: out.next, ...out.reference };
}

/** gzip bytes of the <script src> files of an HTML document, read from this repo's .next. */
function scriptWeight(html) {
  const srcs = [...new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&")))];
  let raw = 0;
  let gzip = 0;
  for (const src of srcs) {
    const url = new URL(src, "http://x");
    if (!url.pathname.startsWith("/_next/")) fail(`${ROUTE} loads a script that is not Next's: ${src}`);
    const body = readFileSync(path.join(REPO, ".next", decodeURIComponent(url.pathname.slice("/_next/".length))));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { scripts: srcs.length, raw, gzip, html };
}

/** The dApp layout needs a target; without a running devnet, a placeholder state renders the same page. */
function devnetStateFile(tmp) {
  const real = path.join(REPO, ".devnet", "devnet.json");
  if (existsSync(real)) return real;
  const file = path.join(tmp, "devnet.json");
  const a = (n) => `0x${n.toString(16).padStart(40, "0")}`;
  writeFileSync(file, JSON.stringify({ chainId: 31337, rpcUrl: "http://127.0.0.1:8545", networkApiUrl: "http://127.0.0.1:8546", contracts: { token: a(1), rewards: a(2), factory: a(3), pool: a(4), multicall3: a(5) }, accounts: [], startedAt: Date.now() }));
  return file;
}

async function stakeWeight() {
  if (!existsSync(path.join(REPO, ".next", "BUILD_ID"))) fail("no production build in .next: run `npx next build` first");
  const tmp = mkdtempSync(path.join(tmpdir(), "stake-bundle-"));
  const port = await freePort();
  const server = spawn(process.execPath, [path.join(REPO, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: REPO,
    env: { ...process.env, DEVNET_STATE_FILE: devnetStateFile(tmp), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  const killTimer = setTimeout(() => server.kill("SIGKILL"), 60_000); // bounded lifetime
  try {
    for (let i = 0; i < 100; i++) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}${ROUTE}`);
        const html = await res.text();
        if (!res.ok) fail(`${ROUTE} answered HTTP ${res.status}`);
        if (html.includes('data-testid="config-error"')) fail(`${ROUTE} rendered the configuration error page, not the dApp`);
        return scriptWeight(html);
      } catch (e) {
        if (String(e).includes("stake-bundle")) throw e;
        await new Promise((r) => setTimeout(r, 300));
      }
    }
    fail("next start did not answer");
  } finally {
    clearTimeout(killTimer);
    server.kill("SIGTERM");
    rmSync(tmp, { recursive: true, force: true });
  }
}

const stake = await stakeWeight();
const reference = referenceWeight();
const ratio = stake.gzip / reference.gzip;
const walletCodeInFirstLoad = /rainbowkit|walletconnect/i.test(stake.html.match(/<script\b[^>]*\bsrc="[^"]+"/g)?.join(" ") ?? "");
if (args.json) {
  console.log(JSON.stringify({ next: reference.next, budget: BUDGET, reference: { scripts: reference.scripts, raw: reference.raw, gzip: reference.gzip }, stake: { scripts: stake.scripts, raw: stake.raw, gzip: stake.gzip }, ratio }, null, 2));
} else {
  const kb = (n) => (n / 1024).toFixed(1).padStart(7);
  console.log(`\nFirst-load JS of ${ROUTE} before the wallet dialog opens, gzip level 9, next ${reference.next}\n`);
  console.log(`${"page".padEnd(30)} scripts  raw KiB  gzip KiB  ratio`);
  console.log(`${"bare reference (one <h1>)".padEnd(30)} ${String(reference.scripts).padStart(7)} ${kb(reference.raw)}  ${kb(reference.gzip)}  1.000`);
  console.log(`${ROUTE.padEnd(30)} ${String(stake.scripts).padStart(7)} ${kb(stake.raw)}  ${kb(stake.gzip)}  ${ratio.toFixed(3)}${ratio > BUDGET ? "  OVER BUDGET" : ""}`);
  console.log(`\nbudget ${BUDGET.toFixed(2)}x: ${ratio <= BUDGET ? "within" : "OVER"}${walletCodeInFirstLoad ? " (warning: a wallet-dialog chunk name appears in the first load)" : ""}`);
}
process.exitCode = ratio <= BUDGET ? 0 : 1;
