/**
 * One batched read: every call goes through Multicall3 `aggregate3` (allowFailure per call, so one
 * reverting view, e.g. `minimumContribution()` of a full node, does not sink the page). viem splits
 * big batches into several `eth_call`s and the http transport's JSON-RPC batching sends those in a
 * single HTTP request; `MULTICALL_CHUNK_BYTES` keeps each `eth_call` well under node gas caps.
 */
import { parseAbi, type Abi, type Address, type Client } from "viem";
import { multicall } from "viem/actions";

export const MULTICALL_CHUNK_BYTES = 24_000;

/** Standard Multicall3 getters, so block number and time come in the same batch. */
export const multicall3ClockAbi = parseAbi(["function getBlockNumber() view returns (uint256)", "function getCurrentBlockTimestamp() view returns (uint256)"]);

export type ReadCall = { address: Address; abi: Abi; functionName: string; args?: readonly unknown[] };

/**
 * Result per call, in order: the decoded value, or undefined when that call reverted. Takes a bare
 * viem Client and the tree-shakable `multicall` action (not `client.multicall`): a public client's
 * full action set (signature verification, secp256k1, ...) would otherwise ride along into the
 * browser's first load.
 */
export async function readBatch(client: Client, multicallAddress: Address, calls: readonly ReadCall[]): Promise<unknown[]> {
  if (calls.length === 0) return [];
  const results = await multicall(client, {
    // viem's types want a literal tuple per call; the batch is built dynamically, so it is widened
    // here and every value is narrowed by the caller's decoders.
    contracts: calls as unknown as Parameters<typeof multicall>[1]["contracts"],
    allowFailure: true,
    multicallAddress,
    batchSize: MULTICALL_CHUNK_BYTES,
  });
  return results.map((r) => (r.status === "success" ? r.result : undefined));
}

export function asBigint(v: unknown): bigint | null {
  return typeof v === "bigint" ? v : typeof v === "number" ? BigInt(v) : null;
}

export function asTuple(v: unknown): readonly unknown[] | null {
  return Array.isArray(v) ? v : null;
}
