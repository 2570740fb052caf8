#!/usr/bin/env node
// `npm run bench:stake-bundle`: gzip JavaScript the dApp's pages load before the wallet dialog is
// opened, against the bare Next.js page with one <h1> built with the same Next version, in the same
// run. Budget 1.5x (DESIGN.md).
//
// Two figures per route:
//   first HTML  the <script src> files of the server's HTML: the budget's measure (DESIGN.md). On
//               /stake/<contract> it holds the contribute form, react-hook-form and the form's rules.
//   all loaded  every script Chromium fetched until the page's data and form are on screen, without
//               a wallet: the first HTML plus the data layer (network client, chain reads and ABIs)
//               that the pages load with their first query. Reported, not budgeted. The reference is measured by bundle-ratio.mjs, so
// both budgets use one method: files read from .next on disk, gzip level 9, summed.
//
// Needs a production build in .next (`npx next build`) and the devnet on its usual ports: an
// already running one is used, otherwise one is started (and stopped) here. Options: --budget=1.5 --json
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { freePort } from "../free-port.mjs";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

// This script imports the devnet's TypeScript: re-run itself under tsx when started with plain node.
if (!process.env.__STAKE_BUNDLE_TSX) {
  const r = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: "inherit", env: { ...process.env, __STAKE_BUNDLE_TSX: "1" } });
  process.exit(r.status ?? 1);
}

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")).map(([k, v]) => [k, v ?? true]));
const BUDGET = Number(args.budget ?? 1.5);
const CHROME = process.env.CHROME_PATH ?? process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium";

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

/** gzip bytes of Next's script files, read from this repo's .next. */
function weigh(urls) {
  let raw = 0;
  let gzip = 0;
  for (const src of new Set(urls)) {
    const url = new URL(src, "http://x");
    if (!url.pathname.startsWith("/_next/")) fail(`a script that is not Next's was loaded: ${src}`);
    const body = readFileSync(path.join(REPO, ".next", decodeURIComponent(url.pathname.slice("/_next/".length))));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { scripts: new Set(urls).size, raw, gzip };
}

async function usualDevnet() {
  try {
    if ((await fetch("http://127.0.0.1:8546/info")).ok) return { stop: async () => {} };
  } catch {
    /* not running: start one */
  }
  const { startDevnet } = await import("../../devnet/start.ts");
  return startDevnet();
}

async function main() {
  if (!existsSync(path.join(REPO, ".next", "BUILD_ID"))) fail("no production build in .next: run `npx next build` first");
  const devnet = await usualDevnet();
  const port = await freePort();
  const server = spawn(process.execPath, [path.join(REPO, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], { cwd: REPO, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "ignore" });
  const killTimer = setTimeout(() => server.kill("SIGKILL"), 180_000); // bounded lifetime
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROME, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      try {
        await fetch(base);
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 300));
      }
    }
    const contracts = JSON.parse(await (await fetch("http://127.0.0.1:8546/contract/contribution")).text()).contracts;
    const open = contracts.find((c) => c.status === 1);
    if (!open) fail("the devnet lists no open contribution contract");
    const routes = [
      { route: "/stake", ready: '[data-testid="open-node-row"]' },
      { route: `/stake/${open.address}`, label: "/stake/<contract>", ready: '[data-testid="contribute-form"]' },
    ];
    const rows = [];
    for (const r of routes) {
      const page = await browser.newPage();
      const scripts = [];
      page.on("response", (res) => {
        if (res.request().resourceType() === "script" && new URL(res.url()).pathname.startsWith("/_next/")) scripts.push(res.url());
      });
      const res = await page.goto(base + r.route);
      const html = (await res?.text()) ?? "";
      if (html.includes('data-testid="config-error"')) fail(`${r.route} rendered the configuration error page, not the dApp`);
      await page.waitForSelector(r.ready, { timeout: 30_000 });
      await page.waitForLoadState("networkidle");
      const htmlScripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&"));
      const firstHtml = weigh(htmlScripts);
      // a preloaded script may not show as a "script" request: count the first HTML's in any case
      const withForm = weigh([...htmlScripts, ...scripts]);
      if (args.chunks) for (const s of new Set([...htmlScripts, ...scripts])) console.error(`${r.route}\t${s}`);
      const walletCode = scripts.some((s) => /rainbowkit|walletconnect/i.test(s));
      rows.push({ route: r.label ?? r.route, firstHtml, withForm, walletCode });
      await page.close();
    }
    return rows;
  } finally {
    await browser.close();
    clearTimeout(killTimer);
    server.kill("SIGTERM");
    await devnet.stop();
  }
}

const rows = await main();
const reference = referenceWeight();
const ratio = (w) => w.gzip / reference.gzip;
const worst = Math.max(...rows.map((r) => ratio(r.firstHtml)));
if (args.json) {
  console.log(JSON.stringify({ next: reference.next, budget: BUDGET, reference: { scripts: reference.scripts, raw: reference.raw, gzip: reference.gzip }, routes: rows.map((r) => ({ ...r, firstHtmlRatio: ratio(r.firstHtml), withFormRatio: ratio(r.withForm) })) }, null, 2));
} else {
  const kb = (n) => (n / 1024).toFixed(1).padStart(7);
  console.log(`\ndApp JS before the wallet dialog opens, gzip level 9, next ${reference.next}\n`);
  console.log(`${"page".padEnd(34)} scripts  raw KiB  gzip KiB  ratio`);
  console.log(`${"bare reference (one <h1>)".padEnd(34)} ${String(reference.scripts).padStart(7)} ${kb(reference.raw)}  ${kb(reference.gzip)}  1.000`);
  for (const r of rows) {
    for (const [what, w, budgeted] of [["first HTML", r.firstHtml, true], ["all loaded", r.withForm, false]]) {
      const q = ratio(w);
      console.log(`${`${r.route} (${what})`.padEnd(34)} ${String(w.scripts).padStart(7)} ${kb(w.raw)}  ${kb(w.gzip)}  ${q.toFixed(3)}${budgeted && q > BUDGET ? "  OVER BUDGET" : ""}`);
    }
    if (r.walletCode) console.log(`  warning: ${r.route} loaded a wallet-dialog chunk before any tap`);
  }
  console.log(`\nbudget ${BUDGET.toFixed(2)}x: ${worst <= BUDGET ? "within" : "OVER"}`);
}
process.exitCode = worst <= BUDGET && rows.every((r) => !r.walletCode) ? 0 : 1;
