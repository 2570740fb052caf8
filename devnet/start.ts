/**
 * `npm run devnet`: a Hardhat node on 127.0.0.1:8545, the contracts deployed, the world seeded, the
 * network simulator on 127.0.0.1:8546, then `.devnet/devnet.json`. Prints how long it took and what
 * the world holds; Ctrl-C (SIGINT) or SIGTERM stops everything it started.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Server } from "node:http";
import { DEVNET_CHAIN_ID, DEVNET_STATE_PATH, devnetStateSchema, type DevnetState } from "@/lib/chain/devnet-state";
import { hardhatAddress, hardhatKey, TEST_ACCOUNTS } from "./accounts";
import { contractBuildDirFromEnv, describeBuild, loadContractBuild } from "./contract-build";
import { deployDevnetContracts } from "./deploy";
import { startHardhatNode } from "./hardhat-node";
import { seedDevnetWorld } from "./seed";
import { createDevnetClients } from "./simulator/chain";
import { createSimulatorServer, listen } from "./simulator/server";
import { BackendSimulator } from "./simulator/service";
import { stakeJson } from "./simulator/api-shape";
import { DEVNET_GATEWAY_INDEX } from "./token-supply";
import { MAX_CONTRIBUTORS, POOL_FUNDING_SESH, STAKING_REQUIREMENT_SESH } from "./world-plan";
import { ATOMIC_PER_SESH } from "@/lib/staking/amounts";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

export type StartDevnetOptions = {
  rpcPort?: number;
  apiPort?: number;
  /** write the state file (the default; tests on other ports pass false) */
  writeStateFile?: boolean;
  /** where, relative to the repository root or absolute (default .devnet/devnet.json) */
  stateFilePath?: string;
  /**
   * The contract build to deploy: a directory of Hardhat artifacts (devnet/contract-build.ts).
   * Default: DEVNET_CONTRACTS, else our stand-ins in contracts/out.
   */
  contractsDir?: string;
  /** the simulator's "details pending" window for new contracts (default DEVNET_CONTRACT_DETAILS_DELAY_MS, else 1 s) */
  contractDetailsDelayMs?: number;
  log?: (line: string) => void;
};

/** DEVNET_CONTRACT_DETAILS_DELAY_MS: milliseconds a new contract's details stay pending in the staking backend (0: never). */
function contractDetailsDelayFromEnv(): number | undefined {
  const text = process.env.DEVNET_CONTRACT_DETAILS_DELAY_MS?.trim();
  if (!text) return undefined;
  const ms = Number(text);
  if (!Number.isInteger(ms) || ms < 0) throw new Error(`DEVNET_CONTRACT_DETAILS_DELAY_MS must be a whole number of milliseconds, not "${text}".`);
  return ms;
}

export type RunningDevnet = { state: DevnetState; simulator: BackendSimulator; stop(): Promise<void> };

export async function startDevnet(options: StartDevnetOptions = {}): Promise<RunningDevnet> {
  const { rpcPort = 8545, apiPort = 8546, writeStateFile = true, stateFilePath = DEVNET_STATE_PATH, log = () => {} } = options;
  const statePath = resolve(repoRoot, stateFilePath);
  const started = Date.now();
  const lap = (what: string) => log(`  ${((Date.now() - started) / 1000).toFixed(1)} s  ${what}`);
  // checked before anything starts: a build that cannot be deployed is refused with its reason
  const build = loadContractBuild(options.contractsDir ?? contractBuildDirFromEnv());
  const buildRecord = describeBuild(build);

  const chain = await startHardhatNode({ port: rpcPort });
  let server: Server | null = null;
  let simulator: BackendSimulator | null = null;
  const stop = async () => {
    simulator?.stop();
    if (server) await new Promise<void>((r) => server?.close(() => r()));
    server?.closeAllConnections?.();
    await chain.stop();
    if (writeStateFile) rmSync(statePath, { force: true });
  };
  try {
    lap(`Hardhat node on ${chain.url}`);
    const deployerKey = hardhatKey(0);
    const addresses = await deployDevnetContracts({
      rpcUrl: chain.url,
      deployerKey,
      gatewayKey: hardhatKey(DEVNET_GATEWAY_INDEX),
      build,
      stakingRequirement: STAKING_REQUIREMENT_SESH * ATOMIC_PER_SESH,
      maxContributors: MAX_CONTRIBUTORS,
      poolFunding: POOL_FUNDING_SESH * ATOMIC_PER_SESH,
    });
    lap(`contracts deployed from ${buildRecord.dir}${buildRecord.standIns ? " (the stand-ins)" : ""}`);
    const ctx = { ...createDevnetClients(chain.url, deployerKey), rpcUrl: chain.url, addresses };
    simulator = await BackendSimulator.create(ctx, undefined, { contractDetailsDelayMs: options.contractDetailsDelayMs ?? contractDetailsDelayFromEnv() });
    const seeded = await seedDevnetWorld(ctx, simulator, (line) => lap(line), build.artifacts.vesting);
    // one unregistered node ready for each of these, so the registration wizard works out of the box
    for (const name of ["operator", "fresh"]) {
      const account = TEST_ACCOUNTS.find((a) => a.name === name);
      if (account) simulator.prepareRegistration(hardhatAddress(account.index));
    }
    simulator.start();
    server = createSimulatorServer(simulator, (line) => console.error(line));
    await listen(server, apiPort);
    const backendApiUrl = `http://127.0.0.1:${apiPort}`;
    lap(`network simulator on ${backendApiUrl}`);

    const state = devnetStateSchema.parse({
      chainId: DEVNET_CHAIN_ID,
      rpcUrl: chain.url,
      backendApiUrl,
      contracts: addresses,
      contractBuild: buildRecord,
      accounts: [
        { name: "deployer", address: hardhatAddress(0), privateKey: hardhatKey(0), roles: ["deployer", "contract-owner"] },
        {
          name: "gateway",
          address: hardhatAddress(DEVNET_GATEWAY_INDEX),
          privateKey: hardhatKey(DEVNET_GATEWAY_INDEX),
          roles: ["l2-gateway", "token-minter"],
        },
        ...TEST_ACCOUNTS.map((a) => ({ name: a.name, address: hardhatAddress(a.index), privateKey: hardhatKey(a.index), roles: a.roles })),
      ],
      vesting: seeded.vesting.map((v) => ({ role: v.key, address: v.address, beneficiary: v.beneficiary, revoker: v.revoker, start: v.start, end: v.end, transferableBeneficiary: v.transferableBeneficiary })),
      startedAt: Date.now(),
    });
    if (writeStateFile) {
      mkdirSync(dirname(statePath), { recursive: true });
      writeFileSync(statePath, JSON.stringify(state, null, 2) + "\n");
      lap(`state written to ${stateFilePath}`);
    }
    return { state, simulator, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function describeWorld(devnet: RunningDevnet): string {
  const sim = devnet.simulator;
  const height = sim.watcher.sessionHeight();
  const lines: string[] = [];
  const byState = new Map<string, number[]>();
  for (const node of sim.world.nodes.values()) {
    const s = stakeJson(sim.world, node, height);
    const label =
      s.exit_type === "deregister"
        ? "deregistered"
        : node.removedHeight !== null
          ? "exited"
          : s.requested_unlock_height && s.requested_unlock_height < height
            ? "ready to exit"
            : s.requested_unlock_height
              ? "exit requested"
              : s.active
                ? "running"
                : "decommissioned";
    byState.set(label, [...(byState.get(label) ?? []), node.id]);
  }
  lines.push(`  nodes: ${sim.world.nodes.size} registered, Session height ${height}`);
  for (const [label, ids] of byState) lines.push(`    ${String(ids.length).padStart(2)} ${label.padEnd(15)} ids ${ids.join(", ")}`);
  for (const c of sim.world.contracts.values()) {
    const total = (c.snapshot?.contributors ?? []).reduce((sum, x) => sum + x.amount, 0n);
    lines.push(`  contribution ${c.address}  status ${c.snapshot?.status ?? "?"}  ${(total / ATOMIC_PER_SESH).toString()} SESH`);
  }
  lines.push(`  contracts: ${JSON.stringify(devnet.state.contracts)}`);
  const build = devnet.state.contractBuild;
  if (build) {
    lines.push(`  build: ${build.dir}${build.standIns ? " (the stand-ins)" : ""}`);
    for (const [role, a] of Object.entries(build.artifacts)) lines.push(`    ${role.padEnd(12)} ${a.contract.padEnd(30)} sha256 ${a.bytecodeSha256}`);
  }
  for (const v of devnet.state.vesting) lines.push(`  vesting ${v.address}  ${v.role.padEnd(12)} beneficiary ${v.beneficiary}`);
  for (const a of devnet.state.accounts) lines.push(`  ${a.name.padEnd(11)} ${a.address}  ${a.roles.join(", ")}`);
  return lines.join("\n");
}

/** `--contracts <dir>` or `--contracts=<dir>`: the same switch as DEVNET_CONTRACTS, which it overrides. */
export function contractsFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg.startsWith("--contracts=")) return arg.slice("--contracts=".length);
    if (arg === "--contracts") {
      const dir = argv[i + 1];
      if (!dir || dir.startsWith("--")) throw new Error("--contracts needs a directory: npm run devnet -- --contracts <dir>");
      return dir;
    }
  }
  return undefined;
}

async function main() {
  const t0 = Date.now();
  console.log("Starting the devnet…");
  let devnet: RunningDevnet;
  try {
    // DEVNET_RPC_PORT / DEVNET_API_PORT run a second, private devnet beside the usual one; it writes
    // a state file only where DEVNET_STATE_FILE says (the dApp server and e2e fixtures read that too)
    const rpcPort = Number(process.env.DEVNET_RPC_PORT ?? 8545);
    const apiPort = Number(process.env.DEVNET_API_PORT ?? 8546);
    const usual = rpcPort === 8545 && apiPort === 8546;
    const stateFilePath = process.env.DEVNET_STATE_FILE ?? DEVNET_STATE_PATH;
    devnet = await startDevnet({
      rpcPort,
      apiPort,
      contractsDir: contractsFlag(process.argv.slice(2)) ?? contractBuildDirFromEnv(),
      writeStateFile: usual || Boolean(process.env.DEVNET_STATE_FILE),
      stateFilePath,
      log: (line) => console.log(line),
    });
  } catch (error) {
    console.error("The devnet failed to start:", error instanceof Error ? error.message : error);
    process.exit(1);
  }
  console.log(describeWorld(devnet));
  console.log(`Devnet ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: chain ${devnet.state.rpcUrl}, staking backend ${devnet.state.backendApiUrl}. Ctrl-C stops it.`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the devnet…`);
    devnet.stop().finally(() => process.exit(0));
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  void main();
}
