#!/usr/bin/env node
// `npm test`: every test, in the order that fails fastest.
// 1. typecheck  2. lint  3. unit + contract + simulator tests (Vitest)  4. production build (+ CSP manifest)
// 5. budgets on that build  6. the load rule and 7. the production topology, on that build  8. Playwright e2e
// (Playwright starts the devnet and `next start` itself, see playwright.config.ts.)
import { spawnSync } from "node:child_process";

const steps = [
  ["typecheck", "npx", ["tsc", "--noEmit"]],
  ["lint", "npx", ["eslint", "."]],
  ["unit", "npx", ["vitest", "run"]],
  // next build, then the CSP manifest of the static pages (scripts/csp-manifest.ts) that next start serves them with
  // (its type check is the typecheck step's: SKIP_BUILD_TYPECHECK, see next.config.mjs)
  ["build", "npm", ["run", "build"], { SKIP_BUILD_TYPECHECK: "1" }],
  // the budgets that do not move from run to run, on that build (first-load JS ratios, RPC requests,
  // Lighthouse accessibility / SEO / best practices): scripts/bench/budgets.mjs, about 2 minutes
  ["budgets", "node", ["scripts/bench/budgets.mjs"]],
  // 1,000 page views with no new block: a handful of upstream requests per route, no 5xx
  // (scripts/bench/load-check.mjs, on a private devnet behind counting proxies)
  ["load", "node", ["scripts/bench/load-check.mjs"]],
  // PostgreSQL, two standalone instances and nginx from deploy/, an instance stopped mid-walk
  // (scripts/topology/run.mjs)
  ["topology", "node", ["scripts/topology/run.mjs"]],
  ["e2e", "npx", ["playwright", "test"]],
];

const only = process.argv.slice(2);
for (const [name, cmd, args, env = {}] of steps) {
  if (only.length && !only.includes(name)) continue;
  const started = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  console.log(`=== ${name}: ${r.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (r.status !== 0) process.exit(r.status ?? 1);
}
