#!/usr/bin/env node
// `npm run dev`: the devnet (chain + contracts + seeded world + network simulator, the same code as
// `npm run devnet`), then `next dev` on port 3000 once the devnet is ready. Each child runs in its
// own process group, so Ctrl-C / SIGTERM stops both trees (Hardhat node included) and nothing leaks.
// If a devnet already answers on 127.0.0.1:8546 (DEVNET_API_PORT), it is reused and left running.
// `npm run dev -- --contracts <dir>` (or DEVNET_CONTRACTS=<dir>) runs the devnet on another contract
// build (devnet/contract-build.ts); every other argument goes to `next dev`.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// DEVNET_API_PORT: a private devnet beside the usual one (devnet/start.ts reads the same variables)
const DEVNET_INFO_URL = `http://127.0.0.1:${process.env.DEVNET_API_PORT ?? 8546}/info`;
const children = [];
let stopping = false;

/** Takes `--contracts <dir>` / `--contracts=<dir>` out of the arguments for `next dev`. */
function splitContractsFlag(argv) {
  const rest = [];
  let dir = process.env.DEVNET_CONTRACTS?.trim() || undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith("--contracts=")) dir = argv[i].slice("--contracts=".length);
    else if (argv[i] === "--contracts") dir = argv[++i];
    else rest.push(argv[i]);
  }
  return { contractsDir: dir, nextArgs: rest };
}
const { contractsDir, nextArgs } = splitContractsFlag(process.argv.slice(2));

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

/** The build directory the running devnet recorded in its state file, or null. */
function runningBuildDir() {
  try {
    const state = JSON.parse(readFileSync(resolve(root, process.env.DEVNET_STATE_FILE ?? ".devnet/devnet.json"), "utf8"));
    return state.contractBuild ? resolve(root, state.contractBuild.dir) : null;
  } catch {
    return null;
  }
}

if (await devnetAnswers()) {
  const running = runningBuildDir();
  if (contractsDir && running !== resolve(contractsDir)) {
    console.error(`A devnet already answers at ${DEVNET_INFO_URL}, running ${running ?? "an unrecorded build"}, not ${resolve(contractsDir)}: stop it first.`);
    process.exit(1);
  }
  console.log(`A devnet already answers at ${DEVNET_INFO_URL}; using it.`);
} else {
  if (contractsDir && !process.env.DEVNET_CONTRACTS) console.log(`Devnet contract build: ${resolve(contractsDir)}`);
  start("devnet", ["--import", "tsx", "devnet/start.ts"], contractsDir ? { DEVNET_CONTRACTS: resolve(contractsDir) } : {});
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
start("next dev", [join(root, "node_modules", "next", "dist", "bin", "next"), "dev", ...nextArgs]);
