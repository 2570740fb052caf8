// A detached guard for a server a test started: it stops the server (by pid) when the test process
// dies or when `lifetimeMs` has passed, whichever comes first, then removes `removeDir`. Tests still
// stop their servers themselves; this only makes sure nothing outlives them.
import { spawn } from "node:child_process";

const GUARD = `
const [pid, parent, ms, signal, dir] = process.argv.slice(1);
const alive = (p) => { try { process.kill(Number(p), 0); return true; } catch { return false; } };
const stop = () => {
  try { process.kill(Number(pid), signal); } catch {}
  setTimeout(() => {
    try { process.kill(Number(pid), "SIGKILL"); } catch {}
    if (dir) require("node:fs").rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  }, 3000);
};
setTimeout(stop, Number(ms));
setInterval(() => { if (!alive(pid)) process.exit(0); if (!alive(parent)) stop(); }, 500);
`;

export function guardServer({ pid, lifetimeMs, signal = "SIGTERM", removeDir = "" }) {
  spawn(process.execPath, ["-e", GUARD, String(pid), String(process.pid), String(lifetimeMs), signal, removeDir], { detached: true, stdio: "ignore" }).unref();
}
