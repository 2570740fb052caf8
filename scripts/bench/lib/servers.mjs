// Servers a bench starts for itself, each with a bounded lifetime (scripts/watchdog.mjs) so none
// outlives the run: a private devnet on free ports (never the usual 8545/8546, which a developer
// may be using) with its state file in a temp dir, and `next start` of a build on a free port.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../../free-port.mjs";
import { guardServer } from "../../watchdog.mjs";
import { NEXT_BIN } from "./reference-app.mjs";

/** Needs the tsx loader (devnet/start.ts is TypeScript). */
export async function startBenchDevnet() {
  const { startDevnet } = await import("../../../devnet/start.ts");
  const devnet = await startDevnet({ rpcPort: await freePort(), apiPort: await freePort(), writeStateFile: false });
  const dir = mkdtempSync(path.join(tmpdir(), "bench-devnet-"));
  const stateFile = path.join(dir, "devnet.json");
  writeFileSync(stateFile, JSON.stringify(devnet.state));
  return {
    state: devnet.state,
    stateFile,
    stop: async () => {
      await devnet.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function waitForUrl(url, { timeoutMs = 60_000, child } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${url}: the server exited (${child.exitCode})`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(5_000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** `next start` of the build in `dir` on a free port; resolves once it answers. */
export async function startNext(dir, { env = {}, lifetimeMs = 30 * 60_000 } = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    // production has no default target (lib/config/env.ts): the benches run the devnet, said explicitly
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", STAKING_TARGET: "devnet", ...env },
    stdio: "ignore",
  });
  guardServer({ pid: child.pid, lifetimeMs });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode === null) child.kill("SIGTERM");
  };
  try {
    await waitForUrl(base, { child });
  } catch (e) {
    stop();
    throw e;
  }
  return { base, stop };
}
