#!/usr/bin/env node
// `npm run bench:stake-bundle`: gzip JavaScript the dApp's pages load before the wallet dialog is
// opened, against the bare Next.js page with one <h1> built with the same Next version, in the same
// run (stake-pages.mjs). Budget 1.5x (DESIGN.md).
//
// Two figures per route:
//   first HTML  the <script src> files of the server's HTML: the budget's measure (DESIGN.md). On
//               /stake/<contract> it holds the contribute form, react-hook-form and the form's rules.
//   all loaded  every script Chromium fetched until the page's data and form are on screen, without
//               a wallet: the first HTML plus the data layer that the pages load with their first query.
//               Reported, not budgeted. Both use one method: files read from .next, gzip level 9, summed.
//
// Needs a production build in .next (`npm run build`). Starts its own devnet on free ports and
// `next start` on a free port. Options: --budget=1.5 --reference=<dir> --json --chunks
import { existsSync } from "node:fs";
import path from "node:path";
import { reexecUnderTsx } from "./lib/under-tsx.mjs";

// This script imports the devnet's TypeScript: re-run itself under tsx when started with plain node.
reexecUnderTsx(import.meta.url);

const { buildReference, NEXT_VERSION, REPO, removeReference } = await import("./lib/reference-app.mjs");
const { prerenderedWeight } = await import("./lib/script-weight.mjs");
const { startBenchDevnet, startNext } = await import("./lib/servers.mjs");
const { launchBrowser, measureStakePages, openContract, STAKE_BUDGET } = await import("./lib/stake-pages.mjs");

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")).map(([k, v]) => [k, v ?? true]));
const BUDGET = Number(args.budget ?? STAKE_BUDGET);

if (!existsSync(path.join(REPO, ".next", "BUILD_ID"))) {
  console.error("stake-bundle: no production build in .next: run `npm run build` first");
  process.exit(2);
}
const refDir = typeof args.reference === "string" ? args.reference : buildReference();
const devnet = await startBenchDevnet();
let rows;
try {
  const server = await startNext(REPO, { env: { DEVNET_STATE_FILE: devnet.stateFile }, lifetimeMs: 5 * 60_000 });
  const browser = await launchBrowser();
  try {
    rows = await measureStakePages({ base: server.base, contract: await openContract(devnet.state.backendApiUrl), browser, chunks: Boolean(args.chunks) });
  } finally {
    await browser.close();
    server.stop();
  }
} finally {
  await devnet.stop();
}
const reference = prerenderedWeight(refDir, "/");
if (typeof args.reference !== "string") removeReference(refDir);
const ratio = (w) => w.gzip / reference.gzip;
const worst = Math.max(...rows.map((r) => ratio(r.firstHtml)));
if (args.json) {
  console.log(JSON.stringify({ next: NEXT_VERSION, budget: BUDGET, reference, routes: rows.map((r) => ({ ...r, firstHtmlRatio: ratio(r.firstHtml), withFormRatio: ratio(r.withForm) })) }, null, 2));
} else {
  const kb = (n) => (n / 1024).toFixed(1).padStart(7);
  console.log(`\ndApp JS before the wallet dialog opens, gzip level 9, next ${NEXT_VERSION}\n`);
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
