#!/usr/bin/env node
// `npm run bench:lighthouse`: Lighthouse 12 (mobile, default simulated throttling) on the marketing
// routes of the production build, with Debian's Chromium (CHROME_PATH, default /usr/bin/chromium).
//
// Starts `next start` on a free port unless --url is given (run `npx next build` first), reads the
// routes from /sitemap.xml (static marketing routes + the newest post; --all for every URL in the
// sitemap), prints one row per route and exits 1 when a performance score is under --min (98).
// Options: --url=http://127.0.0.1:3000  --all  --min=98  --routes=/,/token  --include-stake
//          --runs=3 (median of N runs per route: on a busy 2-core machine single runs vary by +-5 points)
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { freePort } from "../free-port.mjs";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")).map(([k, v]) => [k, v ?? true]));
const MIN = Number(args.min ?? 98);
const RUNS = Math.max(1, Number(args.runs ?? 1));
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";


async function startServer() {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(REPO, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: REPO,
    stdio: ["ignore", "pipe", "pipe"],
    // production has no default target (lib/config/env.ts): the devnet, said explicitly
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", STAKING_TARGET: "devnet" },
  });
  const base = `http://127.0.0.1:${port}`;
  // bounded lifetime: never outlive this script, and at most 15 minutes
  const lifetime = setTimeout(() => child.kill("SIGTERM"), 15 * 60_000);
  lifetime.unref();
  process.on("exit", () => child.kill("SIGTERM"));
  for (let i = 0; i < 120; i++) {
    try {
      const r = await fetch(base);
      if (r.ok) return { base, stop: () => child.kill("SIGTERM") };
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null) throw new Error("next start exited; run `npx next build` first");
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGTERM");
  throw new Error("next start did not answer within 60 s");
}

async function routesFromSitemap(base) {
  const xml = await (await fetch(`${base}/sitemap.xml`)).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const isPost = (p) => /^\/blog\/(?!tags\/)[^/]+$/.test(p) && p !== "/blog/feed.xml";
  const included = paths.filter((p) => args["include-stake"] || !p.startsWith("/stake"));
  if (args.all) return included;
  const firstPost = included.find(isPost);
  return [...included.filter((p) => !isPost(p) && !p.startsWith("/blog/tags/")), ...(firstPost ? [firstPost] : [])];
}

const server = args.url ? { base: String(args.url).replace(/\/$/, ""), stop: () => {} } : await startServer();
const chrome = await chromeLauncher.launch({
  chromePath: CHROME_PATH,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failed = 0;
try {
  const routes = args.routes ? String(args.routes).split(",") : await routesFromSitemap(server.base);
  console.log(`Lighthouse (mobile, simulated throttling) against ${server.base}; median of ${RUNS} run(s); performance must be >= ${MIN}\n`);
  console.log(`${"route".padEnd(46)} perf  a11y  best  seo   LCP     TBT    CLS`);
  for (const route of routes) {
    const results = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await lighthouse(`${server.base}${route}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      });
      if (r?.lhr && !r.lhr.runtimeError) results.push(r.lhr);
      else if (i === RUNS - 1 && !results.length && r?.lhr) results.push(r.lhr);
    }
    // the run with the median performance score
    results.sort((x, y) => (x.categories.performance?.score ?? 0) - (y.categories.performance?.score ?? 0));
    const lhr = results[Math.floor(results.length / 2)];
    if (!lhr) throw new Error(`no Lighthouse result for ${route}`);
    if (lhr.runtimeError) {
      failed++;
      console.log(`${route.padEnd(46)} error: ${lhr.runtimeError.code} ${lhr.runtimeError.message ?? ""}`);
      continue;
    }
    const score = (k) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
    const perf = score("performance");
    if (perf < MIN) failed++;
    const a = lhr.audits;
    console.log(
      `${route.padEnd(46)} ${String(perf).padStart(4)}  ${String(score("accessibility")).padStart(4)}  ${String(score("best-practices")).padStart(4)}  ${String(score("seo")).padStart(4)}` +
        `  ${(a["largest-contentful-paint"]?.displayValue ?? "").padStart(6)}  ${(a["total-blocking-time"]?.displayValue ?? "").padStart(6)}  ${a["cumulative-layout-shift"]?.displayValue ?? ""}${perf < MIN ? "  BELOW " + MIN : ""}`,
    );
  }
  console.log(failed ? `\n${failed} route(s) below ${MIN}` : `\nall routes >= ${MIN}`);
} finally {
  await chrome.kill();
  server.stop();
}
process.exit(failed ? 1 : 0);
