// The production server of the build, the way production runs it: the standalone server
// (.next/standalone/server.js, assembled by `npm run build`) on a free port with a bounded lifetime
// (scripts/watchdog.mjs); resolves once it answers. `stop()` sends SIGTERM and waits for the exit.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { freePort } from "../../free-port.mjs";
import { guardServer } from "../../watchdog.mjs";
import { REPO } from "./reference-app.mjs";
import { waitForUrl } from "./servers.mjs";

export const STANDALONE_SERVER = path.join(REPO, ".next", "standalone", "server.js");

export async function startAppServer({ env = {}, lifetimeMs = 20 * 60_000, port: fixedPort, stdio = ["ignore", "ignore", "inherit"] } = {}) {
  if (!existsSync(STANDALONE_SERVER)) throw new Error("no standalone build: run `npm run build` first");
  const port = fixedPort ?? (await freePort());
  const child = spawn(process.execPath, [STANDALONE_SERVER], {
    // every bench and the topology test run on a private devnet; production has no default target (lib/config/env.ts)
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), HOSTNAME: "127.0.0.1", STAKING_TARGET: "devnet", ...env },
    stdio,
  });
  guardServer({ pid: child.pid, lifetimeMs });
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    return Promise.race([exited, new Promise((r) => setTimeout(() => r(null), 15_000))]);
  };
  try {
    await waitForUrl(`${base}/robots.txt`, { child });
  } catch (e) {
    await stop();
    throw e;
  }
  return { base, port, pid: child.pid, child, exited, stop };
}
