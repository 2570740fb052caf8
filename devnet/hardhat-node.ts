// Starts a Hardhat 2 node (chain id 31337, config in hardhat.config.cjs) as a child process and
// resolves once it answers JSON-RPC. The child dies with us: on stop(), on our normal exit, and
// (through a tiny watchdog preloaded into it) when our process disappears without cleaning up.
import { spawn, type ChildProcess } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const hardhatCli = join(repoRoot, "node_modules", "hardhat", "internal", "cli", "cli.js");

// Preloaded into the child: exit when re-parented (our process is gone). Polls once a second.
const watchdogSource =
  "const parent = process.ppid; setInterval(() => { if (process.ppid !== parent) process.exit(0); }, 1000).unref();";
const watchdogUrl = `data:text/javascript;base64,${Buffer.from(watchdogSource).toString("base64")}`;

export type HardhatNode = { url: string; stop(): Promise<void> };

export type StartHardhatNodeOptions = {
  port: number;
  host?: string;
  /** How long to wait for the node to answer before giving up (default 30 s). */
  readyTimeoutMs?: number;
};

async function answersRpc(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
      signal: AbortSignal.timeout(1000),
    });
    const body = (await res.json()) as { result?: string };
    return body.result === "0x7a69"; // 31337
  } catch {
    return false;
  }
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve();
    }, timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export async function startHardhatNode({
  port,
  host = "127.0.0.1",
  readyTimeoutMs = 30_000,
}: StartHardhatNodeOptions): Promise<HardhatNode> {
  const url = `http://${host}:${port}`;
  if (await answersRpc(url)) {
    throw new Error(`Something already answers JSON-RPC on ${url}; refusing to start a second node there`);
  }

  const child = spawn(
    process.execPath,
    ["--import", watchdogUrl, hardhatCli, "--config", "hardhat.config.cjs", "node", "--hostname", host, "--port", String(port)],
    {
      cwd: repoRoot,
      env: { ...process.env, HARDHAT_DISABLE_TELEMETRY_PROMPT: "true", CI: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  // Keep only the tail of the output, for the error message if it fails to start.
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);

  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener("exit", killOnExit);
    child.kill("SIGTERM");
    await waitForExit(child, 3000);
  };

  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`Hardhat node exited with code ${child.exitCode} before answering on ${url}:\n${output}`);
    }
    if (await answersRpc(url)) return { url, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`Hardhat node did not answer on ${url} within ${readyTimeoutMs} ms:\n${output}`);
}
