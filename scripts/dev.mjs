#!/usr/bin/env node
// `npm run dev`: the devnet (chain + contracts + seeded world + network simulator, the same code as
// `npm run devnet`), then `next dev` on port 3000 once the devnet is ready. Each child runs in its
// own process group, so Ctrl-C / SIGTERM stops both trees (Hardhat node included) and nothing leaks.
// If a devnet already answers on 127.0.0.1:8546 (DEVNET_API_PORT), it is reused and left running.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// DEVNET_API_PORT: a private devnet beside the usual one (devnet/start.ts reads the same variables)
const DEVNET_INFO_URL = `http://127.0.0.1:${process.env.DEVNET_API_PORT ?? 8546}/info`;
const children = [];
let stopping = false;

function start(name, args, env = {}) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: "inherit",
    detached: true, // own process group: we signal the whole tree
    env: { ...process.env, ...env },
  });
  children.push({ name, child });
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`\n${name} exited (${signal ?? code}); stopping everything.`);
      stop(code ?? 1);
    }
  });
  return child;
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const { child } of children) signalGroup(child, "SIGTERM");
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && children.some(({ child }) => child.exitCode === null && child.signalCode === null)) {
    await new Promise((r) => setTimeout(r, 100));
  }
  for (const { child } of children) if (child.exitCode === null && child.signalCode === null) signalGroup(child, "SIGKILL");
  process.exit(code);
}

async function devnetAnswers() {
  try {
    const res = await fetch(DEVNET_INFO_URL, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
process.on("SIGHUP", () => void stop(0));
// `npm run dev` runs us through `sh -c`, which does not pass a SIGTERM sent to npm on to us: when our
// parent goes away (we are re-parented), stop everything rather than leave the devnet and Next running.
const parentPid = process.ppid;
setInterval(() => {
  if (process.ppid !== parentPid) void stop(0);
}, 1000).unref();

if (await devnetAnswers()) {
  console.log(`A devnet already answers at ${DEVNET_INFO_URL}; using it.`);
} else {
  start("devnet", ["--import", "tsx", "devnet/start.ts"]);
  const deadline = Date.now() + 120_000;
  while (!(await devnetAnswers())) {
    if (stopping) await new Promise(() => {}); // stop() exits the process
    if (Date.now() > deadline) {
      console.error("The devnet did not come up within 120 s.");
      await stop(1);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
start("next dev", [join(root, "node_modules", "next", "dist", "bin", "next"), "dev", ...process.argv.slice(2)]);
