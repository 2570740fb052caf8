import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * The browser editor's e2e (e2e/editor/): against `next dev`, the only place the editor saves to
 * disk. Its own config because the main one (playwright.config.ts) serves the production build, where
 * the editor does not exist. One dev server, one worker, one browser context. It needs no devnet.
 *
 *   npx playwright test -c playwright.editor.config.ts          (E2E_EDITOR_PORT, default 3200)
 */
const PORT = Number(process.env.E2E_EDITOR_PORT ?? 3200);
const baseURL = `http://127.0.0.1:${PORT}`;
const DEBIAN_HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (existsSync(DEBIAN_HEADLESS_SHELL) ? DEBIAN_HEADLESS_SHELL : "/usr/bin/chromium");

export default defineConfig({
  testDir: "./e2e/editor",
  // *.dev-spec.ts: the main config (testDir ./e2e, the production build) matches only *.spec.ts, so it never runs these
  testMatch: /\.dev-spec\.ts$/,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // `next dev` compiles the editor (Keystatic's whole UI) on its first visit: up to a minute and a half on a busy 2-core machine
  timeout: 300_000,
  expect: { timeout: 30_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: executablePath || undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "editor", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `node ./node_modules/next/dist/bin/next dev -p ${PORT} -H 127.0.0.1`,
    url: `${baseURL}/robots.txt`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});
