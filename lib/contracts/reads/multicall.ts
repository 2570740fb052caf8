/**
 * Typed, batched chain reads. Every read is built with `viewRead` from a contract's ABI, so its
 * function name, arguments and result type are checked by TypeScript against the deployed ABI.
 * A `ReadBatch` collects records of reads from many places and sends them all as ONE Multicall3
 * `aggregate3` (allowFailure per call: one reverting view, e.g. `minimumContribution()` of a full
 * node, does not sink the page). viem splits big batches into several `eth_call`s and the http
 * transport's JSON-RPC batching sends those in a single HTTP request; `MULTICALL_CHUNK_BYTES`
 * keeps each `eth_call` well under node gas caps.
 *
 * A read that reverted comes back as `null`: unknown, never a made-up 0.
 */
import { parseAbi, type Abi, type Address, type Client, type ContractFunctionArgs, type ContractFunctionName, type ContractFunctionReturnType } from "viem";
import { multicall } from "viem/actions";

export const MULTICALL_CHUNK_BYTES = 24_000;

/** Standard Multicall3 getters, so block number and time come in the same batch. */
export const multicall3ClockAbi = parseAbi(["function getBlockNumber() view returns (uint256)", "function getCurrentBlockTimestamp() view returns (uint256)"]);

type ViewMutability = "pure" | "view";

/** One view call; `T` is the decoded result type viem derives from the ABI. */
export type Read<T> = {
  readonly address: Address;
  readonly abi: Abi;
  readonly functionName: string;
  readonly args?: readonly unknown[];
  /** phantom: carries the result type, never set */
  readonly __result?: T;
};

export type ReadValue<R> = R extends Read<infer T> ? T : never;
export type ReadRecord = Record<string, Read<unknown>>;
/** What a record of reads resolves to: each value typed by its ABI, null where the call reverted. */
export type ReadRecordValues<R extends ReadRecord> = { [K in keyof R]: ReadValue<R[K]> | null };

/** A typed view call: the ABI decides which function names, arguments and results are valid. */
export function viewRead<
  const abi extends Abi,
  functionName extends ContractFunctionName<abi, ViewMutability>,
  const args extends ContractFunctionArgs<abi, ViewMutability, functionName>,
>(p: { address: Address; abi: abi; functionName: functionName; args?: args }): Read<ContractFunctionReturnType<abi, ViewMutability, functionName, args>> {
  return { address: p.address, abi: p.abi, functionName: p.functionName, args: p.args as readonly unknown[] | undefined };
}

/**
 * A state-changing function read with eth_call (never sent): e.g. `validateProofOfPossession`, which
 * is not `view` because its pairing check uses `call`. It succeeds or reverts; a revert reads as null.
 */
export function checkRead<
  const abi extends Abi,
  functionName extends ContractFunctionName<abi, "nonpayable">,
  const args extends ContractFunctionArgs<abi, "nonpayable", functionName>,
>(p: { address: Address; abi: abi; functionName: functionName; args?: args }): Read<ContractFunctionReturnType<abi, "nonpayable", functionName, args>> {
  return { address: p.address, abi: p.abi, functionName: p.functionName, args: p.args as readonly unknown[] | undefined };
}

export type BatchHandle<R extends ReadRecord> = {
  /** The record's values; only valid after the batch ran. */
  get(): ReadRecordValues<R>;
};

/** Collects records of reads, runs them as one multicall, hands each record back typed. */
export class ReadBatch {
  private readonly entries: { keys: string[]; reads: Read<unknown>[]; values: unknown[] | null }[] = [];
  private ran = false;

  add<R extends ReadRecord>(record: R): BatchHandle<R> {
    if (this.ran) throw new Error("ReadBatch.add after run()");
    const entry = { keys: Object.keys(record), reads: Object.values(record), values: null as unknown[] | null };
    this.entries.push(entry);
    return {
      get: () => {
        if (!entry.values) throw new Error("ReadBatch handle read before run()");
        const values = entry.values;
        // each value was decoded by viem with the read's own ABI entry, so it has that read's type
        return Object.fromEntries(entry.keys.map((k, i) => [k, values[i] ?? null])) as ReadRecordValues<R>;
      },
    };
  }

  get size(): number {
    return this.entries.reduce((n, e) => n + e.reads.length, 0);
  }

  /** All calls of the batch, flattened (the RPC-count bench reports their number). */
  calls(): Read<unknown>[] {
    return this.entries.flatMap((e) => e.reads);
  }

  /**
   * One multicall for everything added. Takes a bare viem Client and the tree-shakable `multicall`
   * action (not `client.multicall`): a public client's full action set (signature verification,
   * secp256k1, ...) would otherwise ride along into the browser's first load.
   */
  async run(client: Client, multicallAddress: Address): Promise<void> {
    this.ran = true;
    const calls = this.calls();
    const results =
      calls.length === 0
        ? []
        : await multicall(client, {
            // viem's types want a literal tuple per call; this batch is built dynamically from
            // reads that viewRead() already type-checked, so the list is widened here once.
            contracts: calls as unknown as Parameters<typeof multicall>[1]["contracts"],
            allowFailure: true,
            multicallAddress,
            batchSize: MULTICALL_CHUNK_BYTES,
          });
    // viem reports a chunk whose aggregate3 call itself failed (RPC down, timeout, rate limit) as
    // a "failure" of every call in it, like a revert: that is not "this view reverted" but "nothing
    // was read", and must surface as the batch's error, never as null figures (0 SESH, "Exited")
    const chunkFailure = results.find((r) => r.status === "failure" && isChunkFailure(r.error));
    if (chunkFailure) throw chunkFailure.error;
    let i = 0;
    for (const entry of this.entries) {
      entry.values = entry.reads.map(() => {
        const r = results[i++];
        // a void function that succeeded decodes to undefined: keep "it passed" apart from "it reverted"
        return r && r.status === "success" ? (r.result === undefined ? true : r.result) : null;
      });
    }
  }
}

/** The error of a multicall chunk as a whole (viem's readContract of `aggregate3`), as opposed to one call's revert. */
function isChunkFailure(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { functionName?: unknown }).functionName === "aggregate3";
}
