#!/usr/bin/env node
// `npm run bench:rpc-count`: how many HTTP requests reach the RPC for /stake's initial chain data
// with 10, 100 and 1,000 open contribution contracts and as many registered nodes (rpc-requests.mjs),
// on a throwaway devnet on free ports. Budget: 3 whatever N.
// Options: --sizes=10,100,1000  --json
import { reexecUnderTsx } from "./lib/under-tsx.mjs";

// This script imports the app's TypeScript: re-run itself under tsx when started with plain node.
reexecUnderTsx(import.meta.url);

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")).map(([k, v]) => [k, v ?? true]));
const SIZES = String(args.sizes ?? "10,100,1000").split(",").map(Number);

const { startBenchDevnet } = await import("./lib/servers.mjs");
const { countStakeRpcRequests, RPC_BUDGET } = await import("./lib/rpc-requests.mjs");

const devnet = await startBenchDevnet();
const stopTimer = setTimeout(() => {
  console.error("rpc-count: giving up after 5 minutes");
  void devnet.stop().finally(() => process.exit(2));
}, 300_000);
try {
  const rows = await countStakeRpcRequests(devnet.state, SIZES);
  if (args.json) console.log(JSON.stringify({ budget: RPC_BUDGET, rows }, null, 2));
  else {
    console.log(`\nRPC HTTP requests for /stake's initial chain data (budget ${RPC_BUDGET})\n`);
    console.log("contracts  nodes  contract calls  eth_calls  HTTP requests   time");
    for (const r of rows) console.log(`${String(r.contracts).padStart(9)}  ${String(r.nodes).padStart(5)}  ${String(r.contractCalls).padStart(14)}  ${String(r.ethCalls).padStart(9)}  ${String(r.httpRequests).padStart(13)}  ${String(r.ms).padStart(5)} ms`);
    console.log("\n(the staking backend requests for the lists go to the staking backend, not the RPC)");
  }
  process.exitCode = rows.every((r) => r.httpRequests <= RPC_BUDGET) ? 0 : 1;
} finally {
  clearTimeout(stopTimer);
  await devnet.stop();
}
