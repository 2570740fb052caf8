import { existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { E2E_SERVER_ENV } from "./e2e/fixtures/next-server";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
/**
 * The devnet's ports: the defaults, or a second private devnet beside the usual one (then
 * DEVNET_STATE_FILE must say where its state file goes; devnet/start.ts and the app read it).
 */
const DEVNET_API_PORT = Number(process.env.DEVNET_API_PORT ?? 8546);

/**
 * The shared e2e server counts the other specs' page views into a SQLite file of this run only
 * (never the developer's .data/funnel.sqlite). Set once in the runner; its workers inherit it.
 * The funnel spec itself runs against a server of its own (e2e/fixtures/funnel-server.ts).
 */
if (!process.env.E2E_FUNNEL_SQLITE_PATH) {
  const file = path.join(tmpdir(), `funnel-e2e-${Date.now()}-${process.pid}.sqlite`);
  process.env.E2E_FUNNEL_SQLITE_PATH = file;
  process.once("exit", () => {
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  });
}

/**
 * Debian's Chromium (no browser downloads on these machines): its headless shell where installed
 * (.ci/run installs it), the full browser otherwise. The shell is the engine without the browser
 * around it, which is what Playwright itself runs headless by default; on the 2-core machine the
 * write tests took 4.1 minutes with it against 5.1 with the full browser in new-headless mode,
 * whose processes used a third more CPU time (250 s against 336 s). PLAYWRIGHT_CHROMIUM_PATH
 * overrides it, and an empty value lets Playwright use its own browser where one is installed.
 */
const DEBIAN_HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (existsSync(DEBIAN_HEADLESS_SHELL) ? DEBIAN_HEADLESS_SHELL : "/usr/bin/chromium");

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  // no retries: a test that passes only on a second try hides a bug in the test or in the app
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: executablePath || undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    // everything that only reads the devnet, first: its figures are compared with the chain
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: [/e2e\/dapp\/(writes|exclusive)\//, /e2e\/attacks\//] },
    // the attack suite: black-box requests (a browser only where a page's sentence needs one) against
    // servers of its own with the production limits (e2e/attacks/fixtures.ts), beside the read-only
    // specs; one worker, so its servers start once
    { name: "attacks", use: { ...devices["Desktop Chrome"] }, testMatch: /e2e\/attacks\/.*\.spec\.ts/, workers: 1 },
    // then the tests that send transactions (contracts fill, nodes register, rewards are claimed)
    // (a write test opens contracts and sends several transactions: more room than a page check)
    { name: "writes", use: { ...devices["Desktop Chrome"] }, testMatch: /e2e\/dapp\/writes\/.*\.spec\.ts/, dependencies: ["chromium"], timeout: 120_000 },
    // last and alone: tests that hold mining back or move the devnet's clock, which all others would feel
    // (one worker: its files must not run beside each other either, e.g. held-back mining beside a time jump)
    { name: "exclusive", use: { ...devices["Desktop Chrome"] }, testMatch: /e2e\/dapp\/exclusive\/.*\.spec\.ts/, dependencies: ["writes"], timeout: 120_000, workers: 1 },
  ],
  webServer: [
    {
      // The devnet first (chain + seeded world + network simulator, ~6 s): the dApp reads its
      // .devnet/devnet.json at request time. SIGTERM lets it stop its Hardhat node and remove the file.
      command: "node --import tsx devnet/start.ts",
      url: `http://127.0.0.1:${DEVNET_API_PORT}/info`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
    {
      // the CSP manifest of this build first (npm run build writes it; after a bare `next build` it would be
      // missing or stale, and the static pages' inline scripts blocked): idempotent, about a second
      // the standalone server, as production runs it (scripts/start.mjs)
      command: `node --import tsx scripts/csp-manifest.ts && node scripts/start.mjs -p ${PORT} -H 127.0.0.1`,
      url: baseURL,
      // "still pending" after 4 s instead of the devnet's 20 s: the held-back-receipt test waits for it;
      // the funnel counts into this run's own SQLite file; as on every e2e server, the devnet named and
      // the per-client limits raised (E2E_SERVER_ENV). The server cache keeps its devnet defaults:
      // chain reads follow the block, backend answers are read again while behind it (lib/server-cache/)
      env: { TX_RECEIPT_TIMEOUT_MS: "4000", FUNNEL_SQLITE_PATH: process.env.E2E_FUNNEL_SQLITE_PATH, DATABASE_URL: "", ...E2E_SERVER_ENV },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
