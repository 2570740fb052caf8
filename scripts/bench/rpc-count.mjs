#!/usr/bin/env node
// `node scripts/bench/rpc-count.mjs`: how many HTTP requests reach the RPC for /stake's initial
// chain data with 10, 100 and 1,000 open contribution contracts and as many registered nodes.
//
// It starts a throwaway devnet (Hardhat node + contracts + seeded world + simulator) on free ports,
// takes the real contribution contracts and node ids the simulator lists, repeats them up to N
// entries (each entry costs the same calls and gas as a distinct contract would), and runs the
// dApp's read layer (lib/contracts/reads/chain-snapshot.ts) over the same viem transport settings the
// app uses (lib/chain/wagmi-config.ts), counting HTTP requests. Budget: 3 whatever N.
// Options: --sizes=10,100,1000  --json
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { freePort } from "../free-port.mjs";

// This script imports the app's TypeScript: re-run itself under tsx when started with plain node.
if (!process.env.__RPC_COUNT_TSX) {
  const r = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: "inherit", env: { ...process.env, __RPC_COUNT_TSX: "1" } });
  process.exit(r.status ?? 1);
}

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")).map(([k, v]) => [k, v ?? true]));
const SIZES = String(args.sizes ?? "10,100,1000").split(",").map(Number);
const BUDGET = 3;


const { startDevnet } = await import("../../devnet/start.ts");
const { createPublicClient, http } = await import("viem");
const { readChainSnapshot, planChainSnapshot } = await import("../../lib/contracts/reads/chain-snapshot.ts");
const { createNetworkClient } = await import("../../lib/network/client.ts");

const rpcPort = await freePort();
const apiPort = await freePort();
const devnet = await startDevnet({ rpcPort, apiPort, writeStateFile: false });
const stopTimer = setTimeout(() => {
  console.error("rpc-count: giving up after 5 minutes");
  void devnet.stop().finally(() => process.exit(2));
}, 300_000);
try {
  const state = devnet.state;
  const api = createNetworkClient(state.networkApiUrl);
  const [{ contracts }, { bls_keys }] = await Promise.all([api.getContributionContracts(), api.getNodesBls()]);
  const contractPool = contracts.map((c) => c.address);
  const idPool = Object.values(bls_keys).map(BigInt);
  if (contractPool.length === 0 || idPool.length === 0) throw new Error("the devnet lists no contracts or nodes");
  const account = state.accounts.find((a) => a.name === "contributor")?.address;

  const rows = [];
  for (const n of SIZES) {
    const list = Array.from({ length: n }, (_, i) => contractPool[i % contractPool.length]);
    const ids = Array.from({ length: n }, (_, i) => idPool[i % idPool.length]);
    let httpRequests = 0;
    let jsonRpcCalls = 0;
    // the app's transport settings: JSON-RPC batching in one HTTP request, multicall chunks
    const client = createPublicClient({
      transport: http(state.rpcUrl, {
        batch: { wait: 16 },
        timeout: 60_000,
        onFetchRequest: async (req) => {
          httpRequests++;
          const body = await req.clone().json();
          jsonRpcCalls += Array.isArray(body) ? body.length : 1;
        },
      }),
    });
    const started = Date.now();
    const snap = await readChainSnapshot(client, { addresses: state.contracts, contributionContracts: list, nodeIds: ids, account });
    const ms = Date.now() - started;
    if (snap.contracts.length !== n || snap.nodes.length !== n) throw new Error(`read ${snap.contracts.length}/${snap.nodes.length} of ${n}`);
    if (snap.registry.totalNodes === null) throw new Error("registry read failed");
    const calls = planChainSnapshot({ addresses: state.contracts, contributionContracts: list, nodeIds: ids, account }).batch.size;
    rows.push({ contracts: n, nodes: n, contractCalls: calls, ethCalls: jsonRpcCalls, httpRequests, ms });
  }
  if (args.json) console.log(JSON.stringify({ budget: BUDGET, rows }, null, 2));
  else {
    console.log(`\nRPC HTTP requests for /stake's initial chain data (budget ${BUDGET})\n`);
    console.log("contracts  nodes  contract calls  eth_calls  HTTP requests   time");
    for (const r of rows) console.log(`${String(r.contracts).padStart(9)}  ${String(r.nodes).padStart(5)}  ${String(r.contractCalls).padStart(14)}  ${String(r.ethCalls).padStart(9)}  ${String(r.httpRequests).padStart(13)}  ${String(r.ms).padStart(5)} ms`);
    console.log("\n(the network API requests for the lists go to the staking backend, not the RPC)");
  }
  process.exitCode = rows.every((r) => r.httpRequests <= BUDGET) ? 0 : 1;
} finally {
  clearTimeout(stopTimer);
  await devnet.stop();
}
