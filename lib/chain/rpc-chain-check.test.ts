import { afterEach, describe, expect, it } from "vitest";
import { forgetRpcChainIds, rpcChainMismatch } from "./rpc-chain-check";
import { parseStakingEnv, resolveTarget } from "./targets";

const arbitrumOne = resolveTarget(parseStakingEnv({ STAKING_TARGET: "arbitrum-one", STAKING_BACKEND_URL: "https://backend.example", ARBITRUM_ONE_RPC_URLS: "https://a.example/rpc,https://b.example/rpc" }), null).public;

/** An RPC per URL answering eth_chainId with `ids[url]` (or failing), counting calls. */
function rpcs(ids: Record<string, string | Error>) {
  const calls: string[] = [];
  const fetchImpl = async (url: string, init: { body: string }) => {
    calls.push(url);
    expect(JSON.parse(init.body)).toMatchObject({ method: "eth_chainId" });
    const id = ids[url];
    if (id instanceof Error || id === undefined) throw id ?? new TypeError("fetch failed");
    return Response.json({ jsonrpc: "2.0", id: 1, result: id });
  };
  return { fetchImpl, calls };
}

afterEach(forgetRpcChainIds);

describe("the RPC chain check", () => {
  it("accepts RPCs that serve the target's chain, and remembers the answer", async () => {
    const r = rpcs({ "https://a.example/rpc": "0xa4b1", "https://b.example/rpc": "0xa4b1" });
    expect(await rpcChainMismatch(arbitrumOne, r.fetchImpl, 0)).toBeNull();
    expect(await rpcChainMismatch(arbitrumOne, r.fetchImpl, 60_000)).toBeNull();
    expect(r.calls).toHaveLength(2);
  });

  it("names the RPC's place in the setting, the chain it serves and the setting to fix; its URL only for the log", async () => {
    const r = rpcs({ "https://a.example/rpc": "0xa4b1", "https://b.example/rpc": "0x1" });
    expect(await rpcChainMismatch(arbitrumOne, r.fetchImpl, 0)).toEqual({
      message: "Staking configuration error: RPC number 2 of the list serves chain 1, but Arbitrum One is chain 42161; check NEXT_PUBLIC_RPC_URLS / ARBITRUM_ONE_RPC_URLS.",
      detail: "the RPC is https://b.example/rpc",
    });
  });

  it("an RPC that cannot be asked is not a configuration error, and is asked again after 30 s", async () => {
    const r = rpcs({ "https://a.example/rpc": new TypeError("fetch failed"), "https://b.example/rpc": "0xa4b1" });
    expect(await rpcChainMismatch(arbitrumOne, r.fetchImpl, 0)).toBeNull();
    expect(await rpcChainMismatch(arbitrumOne, r.fetchImpl, 10_000)).toBeNull();
    expect(r.calls.filter((u) => u === "https://a.example/rpc")).toHaveLength(1);
    await rpcChainMismatch(arbitrumOne, r.fetchImpl, 31_000);
    expect(r.calls.filter((u) => u === "https://a.example/rpc")).toHaveLength(2);
  });
});
