// The figures of `npm run bench` (run-all.mjs) and of the budget step of `npm test` (budgets.mjs),
// measured the same way by both: first-load JS against the bare reference, the stake pages in
// Chromium, RPC requests, Lighthouse, a cold `npm run dev`. Needs the tsx loader.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../../free-port.mjs";
import { guardServer } from "../../watchdog.mjs";
import { launchChrome, lighthouseRun } from "./lighthouse-run.mjs";
import { marketingRoutes } from "./marketing-routes.mjs";
import { REPO } from "./reference-app.mjs";
import { countStakeRpcRequests, RPC_BUDGET } from "./rpc-requests.mjs";
import { prerenderedWeight } from "./script-weight.mjs";
import { launchBrowser, measureStakePages, openContract, STAKE_BUDGET } from "./stake-pages.mjs";

export const MARKETING_BUDGET = 1.1;
/** Lighthouse budgets that do not move from run to run (performance does: it is reported beside the reference). */
export const LIGHTHOUSE_BUDGETS = { accessibility: 100, seo: 100, bestPractices: 96 };

/** DESIGN.md's performance goals against the bare page in the same run: points below its score, and ratios of its TBT and main-thread work. */
export const PERFORMANCE_GOALS = { marketingPoints: 2, dappPoints: 5, dappTbt: 2, dappMainThread: 1.6 };

/** The newest published post, as the site lists it. */
export async function newestPostPath() {
  const { getAllPosts } = await import("../../../lib/content/blog.ts");
  const [newest] = await getAllPosts();
  if (!newest) throw new Error("content/blog has no published post");
  return `/blog/${newest.slug}`;
}

/** First-load gzip JS of every marketing route, and of the reference page. */
export function marketingJs(refDir) {
  const reference = prerenderedWeight(refDir, "/");
  if (!reference) throw new Error("the reference build has no prerendered index.html");
  const rows = marketingRoutes(REPO).map((route) => {
    const w = prerenderedWeight(REPO, route);
    return { route, scripts: w.scripts, gzip: w.gzip, ratio: w.gzip / reference.gzip };
  });
  return { reference, rows };
}

/** Every dApp route in Chromium against `base` (a server on the devnet `state`), without a wallet. */
export async function stakeJs(base, state, reference) {
  const browser = await launchBrowser();
  try {
    const staker = state.accounts.find((a) => a.name === "staker")?.address;
    const rows = await measureStakePages({ base, contract: await openContract(state.backendApiUrl), nodeId: 1, address: staker, browser });
    return rows.map((r) => ({
      route: r.route,
      scripts: r.firstHtml.scripts,
      gzip: r.firstHtml.gzip,
      ratio: r.firstHtml.gzip / reference.gzip,
      allLoadedGzip: r.withForm.gzip,
      walletCodeBeforeTap: r.walletCode,
    }));
  } finally {
    await browser.close();
  }
}

export async function rpcRequests(state, sizes) {
  return countStakeRpcRequests(state, sizes);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : null;
};

/**
 * Lighthouse for each target, `runs` rounds, every round visiting the targets in order (the
 * reference first), so a busy moment of the machine hits them all alike. Per target: the run with
 * the median performance score, and the median of each metric.
 */
export async function lighthouseRounds(targets, runs, log = () => {}, categories = undefined) {
  const chrome = await launchChrome();
  const all = new Map(targets.map((t) => [t.label, []]));
  try {
    for (let round = 1; round <= runs; round++) {
      for (const t of targets) {
        let r = await lighthouseRun(t.url, chrome.port, categories);
        // a trace Lighthouse could not record (NO_NAVSTART and the like on a busy machine): once more
        if (r.error) r = await lighthouseRun(t.url, chrome.port, categories);
        log(`lighthouse round ${round}/${runs} ${t.label}: ${r.error ?? `${r.performance === null ? "" : `perf ${r.performance}, `}a11y ${r.accessibility}, bp ${r.bestPractices}, seo ${r.seo}${r.tbtMs === null ? "" : `, TBT ${Math.round(r.tbtMs)} ms`}`}`);
        all.get(t.label).push(r);
      }
    }
  } finally {
    await chrome.kill();
  }
  return targets.map((t) => {
    const ok = all.get(t.label).filter((r) => !r.error);
    if (!ok.length) return { label: t.label, route: t.route, error: all.get(t.label)[0]?.error ?? "no run" };
    const byPerf = [...ok].sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
    const mid = byPerf[Math.floor(byPerf.length / 2)];
    return {
      label: t.label,
      route: t.route,
      runs: ok.length,
      performance: mid.performance,
      accessibility: Math.min(...ok.map((r) => r.accessibility)),
      bestPractices: Math.min(...ok.map((r) => r.bestPractices)),
      seo: Math.min(...ok.map((r) => r.seo)),
      lcpMs: mid.lcpMs === null ? null : Math.round(median(ok.map((r) => r.lcpMs))),
      tbtMs: mid.tbtMs === null ? null : Math.round(median(ok.map((r) => r.tbtMs))),
      cls: mid.cls === null ? null : Number(median(ok.map((r) => r.cls)).toFixed(3)),
      mainThreadMs: mid.mainThreadMs === null ? null : Math.round(median(ok.map((r) => r.mainThreadMs))),
      domNodes: mid.domNodes === null ? null : Math.round(median(ok.map((r) => r.domNodes))),
      failing: mid.failing,
    };
  });
}

/**
 * A cold `npm run dev` (its devnet on free ports, `.next/dev` removed first): milliseconds from the
 * command until /stake, in Chromium, shows an open node read from the devnet.
 */
export async function coldDev({ timeoutMs = 300_000 } = {}) {
  rmSync(path.join(REPO, ".next", "dev"), { recursive: true, force: true });
  const [port, rpcPort, apiPort] = [await freePort(), await freePort(), await freePort()];
  const dir = mkdtempSync(path.join(tmpdir(), "bench-dev-"));
  const started = Date.now();
  const child = spawn(process.execPath, [path.join(REPO, "scripts", "dev.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
    cwd: REPO,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DEVNET_RPC_PORT: String(rpcPort), DEVNET_API_PORT: String(apiPort), DEVNET_STATE_FILE: path.join(dir, "devnet.json") },
    stdio: "ignore",
  });
  guardServer({ pid: child.pid, lifetimeMs: timeoutMs + 30_000, removeDir: dir });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const url = `http://127.0.0.1:${port}/stake`;
    while (Date.now() - started < timeoutMs) {
      if (child.exitCode !== null) throw new Error(`npm run dev exited (${child.exitCode})`);
      try {
        await page.goto(url, { timeout: 120_000 });
        await page.waitForSelector('[data-testid="open-node-row"]', { timeout: 60_000 });
        return { coldMs: Date.now() - started };
      } catch {
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    throw new Error(`/stake showed no devnet data within ${timeoutMs / 1000} s of npm run dev`);
  } finally {
    await browser.close();
    // dev.mjs stops its devnet and next dev (their process groups) on SIGTERM
    child.kill("SIGTERM");
    await new Promise((r) => (child.exitCode !== null ? r() : child.once("exit", r)));
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every budget the figures can be held to; `ok` false for one that is missed. */
export function budgetChecks({ js, stake, rpc, lighthouse }) {
  const checks = [];
  for (const r of js?.rows ?? []) checks.push({ name: `first-load JS ${r.route}`, value: Number(r.ratio.toFixed(3)), limit: `<= ${MARKETING_BUDGET}x`, ok: r.ratio <= MARKETING_BUDGET });
  for (const r of stake ?? []) {
    checks.push({ name: `first-load JS ${r.route}`, value: Number(r.ratio.toFixed(3)), limit: `<= ${STAKE_BUDGET}x`, ok: r.ratio <= STAKE_BUDGET });
    checks.push({ name: `no wallet code before a tap on ${r.route}`, value: r.walletCodeBeforeTap ? "loaded" : "none", limit: "none", ok: !r.walletCodeBeforeTap });
  }
  for (const r of rpc ?? []) checks.push({ name: `/stake RPC requests at ${r.contracts} contracts`, value: r.httpRequests, limit: `<= ${RPC_BUDGET}`, ok: r.httpRequests <= RPC_BUDGET });
  const ref = (lighthouse ?? []).find((r) => r.label === "reference" && !r.error);
  for (const r of lighthouse ?? []) {
    if (r.label === "reference" || r.floorOf || r.label.endsWith("(floor)")) continue;
    if (r.error) {
      checks.push({ name: `Lighthouse ${r.route}`, value: r.error, limit: "a result", ok: false });
      continue;
    }
    checks.push({ name: `Lighthouse accessibility ${r.route}`, value: r.accessibility, limit: `= ${LIGHTHOUSE_BUDGETS.accessibility}`, ok: r.accessibility >= LIGHTHOUSE_BUDGETS.accessibility, failing: r.failing?.accessibility });
    // the dApp's pages are noindex on purpose (robots metadata): "is-crawlable" is the only audit they
    // may fail, and that one is their design, not a defect
    const seoOk = r.seo >= LIGHTHOUSE_BUDGETS.seo || (r.failing?.seo?.length > 0 && r.failing.seo.every((a) => a === "is-crawlable"));
    checks.push({ name: `Lighthouse SEO ${r.route}`, value: r.seo, limit: `= ${LIGHTHOUSE_BUDGETS.seo}, or noindex alone`, ok: seoOk, failing: r.failing?.seo });
    checks.push({ name: `Lighthouse best practices ${r.route}`, value: r.bestPractices, limit: `>= ${LIGHTHOUSE_BUDGETS.bestPractices}`, ok: r.bestPractices >= LIGHTHOUSE_BUDGETS.bestPractices, failing: r.failing?.bestPractices });
    // the performance goals, beside the bare page measured in the same rounds (they move with the
    // machine's load, so the bench reports them; npm test holds only the figures that do not move)
    if (!ref || r.performance === null) continue;
    const dapp = r.route.startsWith("/stake") || r.route.startsWith("/nodes") || r.route.startsWith("/mystakes") || r.route.startsWith("/address") || r.route.startsWith("/register");
    const points = dapp ? PERFORMANCE_GOALS.dappPoints : PERFORMANCE_GOALS.marketingPoints;
    checks.push({ name: `Lighthouse performance ${r.route} vs the bare page`, value: r.performance - ref.performance, limit: `>= -${points}`, ok: r.performance >= ref.performance - points });
    if (dapp && ref.tbtMs && r.tbtMs !== null) checks.push({ name: `TBT ${r.route} × the bare page's`, value: Number((r.tbtMs / ref.tbtMs).toFixed(2)), limit: `<= ${PERFORMANCE_GOALS.dappTbt}x`, ok: r.tbtMs <= ref.tbtMs * PERFORMANCE_GOALS.dappTbt });
    if (dapp && ref.mainThreadMs && r.mainThreadMs !== null) checks.push({ name: `main-thread work ${r.route} × the bare page's`, value: Number((r.mainThreadMs / ref.mainThreadMs).toFixed(2)), limit: `<= ${PERFORMANCE_GOALS.dappMainThread}x`, ok: r.mainThreadMs <= ref.mainThreadMs * PERFORMANCE_GOALS.dappMainThread });
  }
  return checks;
}

export function printChecks(checks) {
  for (const c of checks) console.log(`${c.ok ? "  ok  " : "  FAIL"}  ${c.name}: ${c.value} (budget ${c.limit})${!c.ok && c.failing?.length ? ` — failing audits: ${c.failing.join(", ")}` : ""}`);
}
