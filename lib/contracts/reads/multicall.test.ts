import { createClient, custom, encodeFunctionResult, multicall3Abi, parseAbi, type Address } from "viem";
import { describe, expect, it } from "vitest";
import { ReadBatch, viewRead } from "./multicall";

const token = "0x00000000000000000000000000000000000000aa" as Address;
const multicall3 = "0x00000000000000000000000000000000000000bb" as Address;
const erc20 = parseAbi(["function totalSupply() view returns (uint256)", "function decimals() view returns (uint8)"]);
const chain = { id: 31337, name: "devnet", nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 }, rpcUrls: { default: { http: ["http://127.0.0.1:1"] } } } as const;

function batchOfTwo() {
  const batch = new ReadBatch();
  const handle = batch.add({ supply: viewRead({ address: token, abi: erc20, functionName: "totalSupply" }), decimals: viewRead({ address: token, abi: erc20, functionName: "decimals" }) });
  return { batch, handle };
}

describe("ReadBatch.run", () => {
  it("gives null for a call that reverted and the value for one that answered", async () => {
    const answer = encodeFunctionResult({
      abi: multicall3Abi,
      functionName: "aggregate3",
      result: [
        { success: true, returnData: "0x00000000000000000000000000000000000000000000000000000000000003e8" },
        { success: false, returnData: "0x" },
      ],
    });
    const client = createClient({ chain, transport: custom({ request: async ({ method }) => (method === "eth_call" ? answer : null) }) });
    const { batch, handle } = batchOfTwo();
    await batch.run(client, multicall3);
    expect(handle.get()).toEqual({ supply: 1000n, decimals: null });
  });

  it("fails as a whole when the RPC cannot be reached: nothing read is never shown as null figures", async () => {
    const client = createClient({
      chain,
      transport: custom({
        request: async () => {
          throw new Error("connect ECONNREFUSED 127.0.0.1:8545");
        },
      }, { retryCount: 0 }),
    });
    const { batch } = batchOfTwo();
    await expect(batch.run(client, multicall3)).rejects.toThrow(/ECONNREFUSED/);
  });
});
