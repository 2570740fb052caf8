// How many HTTP requests reach the RPC for /stake's initial chain data with N open contribution
// contracts and as many registered nodes. Takes the real contracts and node ids the devnet's
// simulator lists, repeats them up to N entries (each entry costs the same calls and gas as a
// distinct contract would) and runs the dApp's read layer (lib/contracts/reads/chain-snapshot.ts)
// over the app's transport settings (JSON-RPC batching; lib/chain/wagmi-config.ts), counting.
// Needs the tsx loader (it imports the app's TypeScript).
export const RPC_BUDGET = 3;

export async function countStakeRpcRequests(state, sizes) {
  const { createPublicClient, http } = await import("viem");
  const { readChainSnapshot, planChainSnapshot } = await import("../../../lib/contracts/reads/chain-snapshot.ts");
  const { createBackendClient } = await import("../../../lib/backend/client.ts");
  const api = createBackendClient(state.backendApiUrl);
  const [{ contracts }, { bls_keys }] = await Promise.all([api.getContributionContracts(), api.getNodesBls()]);
  const contractPool = contracts.map((c) => c.address);
  const idPool = Object.values(bls_keys).map(BigInt);
  if (contractPool.length === 0 || idPool.length === 0) throw new Error("the devnet lists no contracts or nodes");
  const account = state.accounts.find((a) => a.name === "contributor")?.address;
  const rows = [];
  for (const n of sizes) {
    const list = Array.from({ length: n }, (_, i) => contractPool[i % contractPool.length]);
    const ids = Array.from({ length: n }, (_, i) => idPool[i % idPool.length]);
    let httpRequests = 0;
    let jsonRpcCalls = 0;
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
  return rows;
}
