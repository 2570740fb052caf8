// The production server of the build in .next, the way production runs it, on a free port with a
// bounded lifetime (scripts/watchdog.mjs): resolves once it answers. `stop()` sends SIGTERM and
// waits for the exit.
import { spawn } from "node:child_process";
import { freePort } from "../free-port.mjs";
import { guardServer } from "../watchdog.mjs";
import { NEXT_BIN, REPO } from "./reference-app.mjs";
import { waitForUrl } from "./servers.mjs";

export async function startAppServer({ env = {}, lifetimeMs = 20 * 60_000 } = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: REPO,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  guardServer({ pid: child.pid, lifetimeMs });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  };
  try {
    await waitForUrl(`${base}/robots.txt`, { child });
  } catch (e) {
    await stop();
    throw e;
  }
  return { base, pid: child.pid, stop };
}
