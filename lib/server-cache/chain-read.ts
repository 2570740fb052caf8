/**
 * Chain reads on the server, through the one cache: keyed by what they read, tagged with the
 * chain's head (./chain-head.ts) and reused until it moves; one read in flight per key. A read is
 * bounded by its own deadline: a page that stops waiting does not cancel it for the others.
 */
import "server-only";
import type { PublicClient } from "viem";
import { withDeadline } from "@/lib/async/deadline";
import type { PublicTarget } from "@/lib/chain/targets";
import { readChainSnapshot, type ChainSnapshot, type ChainSnapshotRequest } from "@/lib/contracts/reads/chain-snapshot";
import { chainHead, chainKey, serverChainClient } from "./chain-head";
import { serverCacheSettings } from "./settings";
import { loggedLoad, serverCache } from "./store";

/** A shared chain read may take this long (the pages stop waiting sooner, with their own budgets). */
const CHAIN_READ_DEADLINE_MS = 8_000;

/** Bigints as decimal strings: a stable key for a request holding them. */
export function stableKey(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

/**
 * `load` with a client of the target's RPCs, cached under `what` until the head moves. `weigh`
 * estimates the value's bytes (the cache's memory bound).
 */
export async function cachedChainRead<V>(target: PublicTarget, what: string, load: (client: PublicClient) => Promise<V>, weigh?: (value: V) => number): Promise<V> {
  const head = await chainHead(target);
  const s = serverCacheSettings(target.name);
  return serverCache<V>().get(
    `chain|${chainKey(target)}|${what}`,
    loggedLoad("rpc", what.split("|")[0] ?? what, () => withDeadline(CHAIN_READ_DEADLINE_MS, (signal) => load(serverChainClient(target, signal)), { what: "The chain read" })),
    { tag: head.hash, isFresh: (m) => m.tag === head.hash, maxStaleAgeMs: s.maxStaleAgeMs, errorMs: s.errorMs, weigh },
  );
}

/** lib/contracts' one-multicall snapshot, cached per request (contracts, nodes, account, detail) and block. */
export function cachedChainSnapshot(target: PublicTarget, request: ChainSnapshotRequest): Promise<ChainSnapshot> {
  return cachedChainRead(
    target,
    `snapshot|${stableKey(request)}`,
    (client) => readChainSnapshot(client, request),
    (snap) => 4_096 + 2_048 * (snap.contracts.length + snap.nodes.length),
  );
}
