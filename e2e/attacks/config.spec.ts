/**
 * Configuration that cannot go wrong silently: a production server with a missing or wrong setting
 * does not start (it names each variable and what is wrong, never a value), and the page a visitor
 * may see when the staking configuration is broken names no URL, key or file path.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "./fixtures";
import { freePort } from "../../scripts/free-port.mjs";

/** `next start` of this build with exactly `env` (plus PATH); resolves with its exit code and output. */
async function startAndWaitForExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const killer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  const code = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
  clearTimeout(killer);
  return { code, output };
}

test("in production, a server without STAKING_TARGET does not start, and says why", async () => {
  const { code, output } = await startAndWaitForExit({});
  expect(code).toBe(1);
  expect(output).toContain("The server cannot start. Configuration error: STAKING_TARGET must be set in production (one of devnet, arbitrum-sepolia, arbitrum-one)");
});

test("wrong settings stop the server: every variable named with what is wrong, no value printed", async () => {
  const { code, output } = await startAndWaitForExit({
    STAKING_TARGET: "arbitrum-one",
    STAKING_BACKEND_URL: "http://backend.example/key-0f0f0f",
    TRUSTED_PROXY_HOPS: "many",
    ADMIN_TOKEN: "hunter2-short",
    DATABASE_URL: "mysql://root:pw-1234@db/site",
  });
  expect(code).toBe(1);
  for (const sentence of [
    "STAKING_BACKEND_URL must use https:// for the Arbitrum One target",
    "TRUSTED_PROXY_HOPS must be a whole number",
    "ADMIN_TOKEN must be at least 16 characters",
    "DATABASE_URL must be a postgres:// or postgresql:// URL",
  ]) expect(output).toContain(sentence);
  for (const value of ["key-0f0f0f", "hunter2", "pw-1234", "many"]) expect(output).not.toContain(value);
});

test("the configuration-error page a visitor sees names the problem, but no file path or URL; the JSON API says the same", async ({ request, servers }) => {
  const { broken } = servers;
  const page = await request.get(`${broken.url}/stake`);
  expect(page.status()).toBe(200);
  const html = await page.text();
  expect(html).toContain("The staking app is not available");
  expect(html).toContain("The devnet&#x27;s state file is invalid: restart the devnet");
  for (const leak of [broken.dir, "devnet-state.json", "/tmp/", "Unexpected token", "http://127.0.0.1:"]) expect(html).not.toContain(leak);
  const api = await request.get(`${broken.url}/api/backend/info`);
  expect(api.status()).toBe(503);
  expect(await api.json()).toEqual({ error: "The devnet's state file is invalid: restart the devnet (`npm run devnet`)." });
  // the marketing pages do not depend on it
  expect((await request.get(`${broken.url}/`)).status()).toBe(200);
});
