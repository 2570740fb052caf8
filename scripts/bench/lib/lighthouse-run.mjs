// One Lighthouse 12 run (mobile, default simulated throttling) and the figures the benches report.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";

export function launchChrome() {
  return chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Scores 0-100 and the metrics, or `{ error }` when Lighthouse could not load the page. */
export async function lighthouseRun(url, chromePort, categories = ["performance", "accessibility", "best-practices", "seo"]) {
  // without the performance category no trace is taken: the metrics below are then null
  const r = await lighthouse(url, { port: chromePort, output: "json", logLevel: "error", onlyCategories: categories });
  const lhr = r?.lhr;
  if (!lhr || lhr.runtimeError) return { url, error: lhr?.runtimeError?.message ?? "no result" };
  const score = (k) => (lhr.categories[k] ? Math.round(lhr.categories[k].score * 100) : null);
  const a = lhr.audits;
  const failing = (k) =>
    Object.values(lhr.categories[k]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && a[ref.id]?.score !== null && a[ref.id]?.score < 1)
      .map((ref) => ref.id);
  return {
    url,
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: a["largest-contentful-paint"]?.numericValue ?? null,
    tbtMs: a["total-blocking-time"]?.numericValue ?? null,
    cls: a["cumulative-layout-shift"]?.numericValue ?? null,
    mainThreadMs: a["mainthread-work-breakdown"]?.numericValue ?? null,
    domNodes: a["dom-size"]?.numericValue ?? null,
    failing: { accessibility: failing("accessibility"), bestPractices: failing("best-practices"), seo: failing("seo") },
  };
}
