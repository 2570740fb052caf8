#!/usr/bin/env node
// `npm test`: every test, in the order that fails fastest. Steps on one line run side by side: none
// of them measures time, and each starts its own servers on free ports, so on 2 cores they share
// the machine instead of leaving a core idle (a step waiting on a browser, a dev compile or a
// private devnet uses little of it).
//  1. typecheck  2. lint | knip (dead code)  3. unit + contract + simulator tests (Vitest)  4. production build
//  5. budgets on that build | the browser editor's e2e (next dev)
//  6. the load rule | the production topology, on that build
//  7. Playwright e2e (it starts the devnet and the standalone server itself: playwright.config.ts)
//     | beside it, the e2e projects that send transactions once more, on the stand-ins exported as a
//     contract build and deployed through the devnet's switch (scripts/e2e-on-build.mjs)
import { spawn } from "node:child_process";

const step = (name, cmd, args, env = {}) => ({ name, cmd, args, env });

const groups = [
  [step("typecheck", "npx", ["tsc", "--noEmit"])],
  [
    step("lint", "npx", ["eslint", "."]),
    // unused files, exports, types and dependencies (knip.ts): about 3 s, beside lint's half minute
    step("knip", "npx", ["knip", "--no-progress"]),
  ],
  [step("unit", "npx", ["vitest", "run"])],
  // next build, then the CSP manifest and the standalone server (its type check is the typecheck
  // step's: SKIP_BUILD_TYPECHECK, see next.config.mjs)
  [step("build", "npm", ["run", "build"], { SKIP_BUILD_TYPECHECK: "1" })],
  [
    // the budgets that do not move from run to run, on that build (first-load JS ratios, RPC requests,
    // Lighthouse accessibility / SEO / best practices): scripts/bench/budgets.mjs
    step("budgets", "node", ["scripts/bench/budgets.mjs"]),
    // the browser editor against next dev, on a port of its own (playwright.editor.config.ts)
    step("editor", "npx", ["playwright", "test", "-c", "playwright.editor.config.ts"], { E2E_EDITOR_PORT: "3190" }),
  ],
  [
    // 1,000 page views with no new block: a handful of upstream requests per route, no 5xx
    // (scripts/bench/load-check.mjs, on a private devnet behind counting proxies)
    step("load", "node", ["scripts/bench/load-check.mjs"]),
    // PostgreSQL, two standalone instances and nginx from deploy/, an instance stopped mid-walk
    // (scripts/topology/run.mjs)
    step("topology", "node", ["scripts/topology/run.mjs"]),
  ],
  [
    step("e2e", "npx", ["playwright", "test"]),
    // beside it, on ports, a state file and an output directory of its own: most of an e2e run is
    // waiting (for blocks, receipts, the server's next read), so the two share 2 cores well
    step("e2e-build", "node", ["scripts/e2e-on-build.mjs"], { E2E_PORT: "3110", DEVNET_RPC_PORT: "8555", DEVNET_API_PORT: "8556", DEVNET_STATE_FILE: ".devnet/e2e-build.json" }),
  ],
];

/** Runs one step; with company, its lines are prefixed with its name so the log stays readable. */
function run(s, prefixed) {
  const started = Date.now();
  console.log(`\n=== ${s.name}: ${s.cmd} ${s.args.join(" ")}`);
  return new Promise((resolve) => {
    const child = spawn(s.cmd, s.args, { stdio: prefixed ? ["ignore", "pipe", "pipe"] : "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...s.env } });
    if (prefixed) {
      for (const stream of [child.stdout, child.stderr]) {
        let rest = "";
        stream.on("data", (chunk) => {
          const lines = (rest + chunk).split("\n");
          rest = lines.pop() ?? "";
          for (const line of lines) console.log(`[${s.name}] ${line}`);
        });
        stream.on("end", () => rest && console.log(`[${s.name}] ${rest}`));
      }
    }
    child.on("close", (code) => {
      console.log(`=== ${s.name}: ${code === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolve(code ?? 1);
    });
  });
}

const only = process.argv.slice(2);
const suiteStarted = Date.now();
for (const group of groups) {
  const chosen = group.filter((s) => !only.length || only.includes(s.name));
  if (!chosen.length) continue;
  const codes = await Promise.all(chosen.map((s) => run(s, chosen.length > 1)));
  const failed = codes.find((c) => c !== 0);
  if (failed !== undefined) process.exit(failed);
}
console.log(`\n=== all steps ok in ${((Date.now() - suiteStarted) / 60_000).toFixed(1)} min`);
