#!/usr/bin/env node
// `npm run bench:bundle`: gzip JavaScript each marketing route ships in its first HTML, against a
// bare Next.js page (one <h1>) built with the same Next version, in the same run.
//
// 1. builds the reference app in a temp dir (its node_modules is a symlink to this repo's);
// 2. reads this repo's build (.next, run `next build` first) and the reference's build: for each
//    prerendered page, the <script src> files of its HTML, gzipped (zlib level 9) and summed;
// 3. prints a table and exits 1 when a marketing route exceeds the budget (default 1.10x).
//
// Options: --budget=1.10  --keep (leave the reference app's directory)  --json (machine output)
// Run it under `flock /tmp/next.lock` when others may build in the same checkout.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")).map(([k, v]) => [k, v ?? true]));
const BUDGET = Number(args.budget ?? 1.1);
const NEXT_BIN = path.join(REPO, "node_modules", "next", "dist", "bin", "next");
const NEXT_VERSION = JSON.parse(readFileSync(path.join(REPO, "node_modules", "next", "package.json"), "utf8")).version;

function fail(message) {
  console.error(`bundle-ratio: ${message}`);
  process.exit(2);
}

/** The bare reference: a root layout and one page with one heading, nothing else. */
function buildReference() {
  const dir = mkdtempSync(path.join(tmpdir(), "next-bare-reference-"));
  mkdirSync(path.join(dir, "app"));
  symlinkSync(path.join(REPO, "node_modules"), path.join(dir, "node_modules"), "dir");
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "next-bare-reference", private: true, type: "module" }, null, 2));
  // turbopack.root: the symlinked node_modules resolve to the repo's real path, so the root must contain both
  const root = commonAncestor(realpathSync(dir), realpathSync(path.join(REPO, "node_modules")));
  writeFileSync(path.join(dir, "next.config.mjs"), `export default { turbopack: { root: ${JSON.stringify(root)} }, outputFileTracingRoot: ${JSON.stringify(root)} };\n`);
  writeFileSync(
    path.join(dir, "app", "layout.js"),
    `export const metadata = { title: "Reference" };\nexport default function RootLayout({ children }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n`,
  );
  writeFileSync(path.join(dir, "app", "page.js"), `export default function Page() {\n  return <h1>Hello</h1>;\n}\n`);
  const started = Date.now();
  const r = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: dir, encoding: "utf8", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" } });
  if (r.status !== 0) fail(`reference build failed in ${dir}:\n${r.stdout}\n${r.stderr}`);
  console.error(`reference app (next ${NEXT_VERSION}) built in ${((Date.now() - started) / 1000).toFixed(1)} s: ${dir}`);
  return dir;
}

function commonAncestor(a, b) {
  const pa = path.resolve(a).split(path.sep);
  const pb = path.resolve(b).split(path.sep);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  return pa.slice(0, i).join(path.sep) || path.sep;
}

/** Prerendered HTML file of a route inside a build's .next/server/app. */
function htmlFileFor(appDir, route) {
  if (route === "/") return path.join(appDir, ".next", "server", "app", "index.html");
  return path.join(appDir, ".next", "server", "app", `${route.slice(1)}.html`);
}

/** gzip bytes of every <script src> of a prerendered HTML page (Next's chunks, read from disk). */
function scriptWeight(appDir, route) {
  const file = htmlFileFor(appDir, route);
  if (!existsSync(file)) return null;
  const html = readFileSync(file, "utf8");
  const srcs = [...new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&")))];
  let raw = 0;
  let gzip = 0;
  for (const src of srcs) {
    const url = new URL(src, "http://x");
    if (!url.pathname.startsWith("/_next/")) fail(`${route} loads a script that is not Next's: ${src}`);
    const onDisk = path.join(appDir, ".next", decodeURIComponent(url.pathname.slice("/_next/".length)));
    const body = readFileSync(onDisk);
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { scripts: srcs.length, raw, gzip };
}

/** Every prerendered page of our build outside the dApp's route group. */
function marketingRoutes() {
  const manifestFile = path.join(REPO, ".next", "prerender-manifest.json");
  const appPathsFile = path.join(REPO, ".next", "app-path-routes-manifest.json");
  if (!existsSync(manifestFile) || !existsSync(appPathsFile)) fail("no production build in .next: run `npx next build` first");
  const prerender = JSON.parse(readFileSync(manifestFile, "utf8"));
  const appPaths = JSON.parse(readFileSync(appPathsFile, "utf8"));
  const staking = new Set(Object.entries(appPaths).filter(([k]) => k.startsWith("/(dapp)/")).map(([, v]) => v));
  return Object.entries(prerender.routes)
    .filter(([route, info]) => !staking.has(route) && !staking.has(info.srcRoute ?? "") && route !== "/_global-error")
    .map(([route]) => route)
    .filter((route) => existsSync(htmlFileFor(REPO, route)))
    .sort();
}

const routes = marketingRoutes();
const refDir = buildReference();
try {
  const reference = scriptWeight(refDir, "/");
  if (!reference) fail("the reference build has no prerendered index.html");
  const rows = routes.map((route) => {
    const w = scriptWeight(REPO, route);
    return { route, ...w, ratio: w.gzip / reference.gzip };
  });
  const over = rows.filter((r) => r.ratio > BUDGET);
  if (args.json) {
    console.log(JSON.stringify({ next: NEXT_VERSION, budget: BUDGET, reference, rows }, null, 2));
  } else {
    const kb = (n) => (n / 1024).toFixed(1).padStart(7);
    console.log(`\nFirst-load JS, gzip (level 9), next ${NEXT_VERSION}; budget ${BUDGET.toFixed(2)}x the bare reference page\n`);
    console.log(`${"route".padEnd(48)} scripts  raw KiB  gzip KiB  ratio`);
    console.log(`${"(bare reference: one <h1>)".padEnd(48)} ${String(reference.scripts).padStart(7)} ${kb(reference.raw)}  ${kb(reference.gzip)}  1.000`);
    for (const r of rows) {
      console.log(`${r.route.padEnd(48)} ${String(r.scripts).padStart(7)} ${kb(r.raw)}  ${kb(r.gzip)}  ${r.ratio.toFixed(3)}${r.ratio > BUDGET ? "  OVER BUDGET" : ""}`);
    }
    console.log(over.length ? `\n${over.length} route(s) over ${BUDGET.toFixed(2)}x` : `\nall ${rows.length} routes within ${BUDGET.toFixed(2)}x`);
  }
  process.exitCode = over.length ? 1 : 0;
} finally {
  if (!args.keep) rmSync(refDir, { recursive: true, force: true });
}
