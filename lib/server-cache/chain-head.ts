/**
 * The chain's head as this server process knows it: ONE shared poll per process and RPC list, at
 * most every SERVER_BLOCK_POLL_MS and only while pages are being served (no timer runs when idle).
 * Chain reads are tagged with the head's hash (./chain-read.ts): reused until the head moves, so
 * the RPC sees reads that follow blocks, not visitors. The hash, not the number: a devnet restarted
 * on the same port comes back at the same heights with other contents.
 */
import "server-only";
import { createPublicClient, type PublicClient } from "viem";
import { withDeadline } from "@/lib/async/deadline";
import { chainForTarget } from "@/lib/chain/chains";
import type { PublicTarget } from "@/lib/chain/targets";
import { transportForTarget } from "@/lib/chain/wagmi-config";
import { serverCacheSettings } from "./settings";
import { loggedLoad, serverCache } from "./store";

export type ChainHead = { number: bigint; hash: string };

/** One poll may take this long; its failure is remembered briefly (settings.errorMs). */
const HEAD_DEADLINE_MS = 5_000;

/** The key of everything read from this chain through these RPCs. */
export function chainKey(target: PublicTarget): string {
  return `${target.chainId}|${target.rpcUrls.join(",")}`;
}

/** A client for a cache load, aborted with it at its deadline. */
export function serverChainClient(target: PublicTarget, signal: AbortSignal): PublicClient {
  return createPublicClient({ chain: chainForTarget(target), transport: transportForTarget(target, { signal }) });
}

function pollRule(target: PublicTarget) {
  const s = serverCacheSettings(target.name);
  return { isFresh: (m: { loadedAt: number }, _v: ChainHead, now: number) => now - m.loadedAt < s.blockPollMs, maxStaleAgeMs: s.maxStaleAgeMs, errorMs: s.errorMs, weigh: () => 100 };
}

function poll(target: PublicTarget): Promise<ChainHead> {
  return withDeadline(
    HEAD_DEADLINE_MS,
    async (signal) => {
      const block = await serverChainClient(target, signal).getBlock({ blockTag: "latest" });
      if (block.hash === null) throw new Error("The RPC sent a pending block as the latest.");
      return { number: block.number, hash: block.hash };
    },
    { what: "The chain's head" },
  );
}

/** The head, polled when the last poll is older than SERVER_BLOCK_POLL_MS (concurrent callers share one poll). */
export function chainHead(target: PublicTarget): Promise<ChainHead> {
  return serverCache<ChainHead>().get(`head|${chainKey(target)}`, loggedLoad("rpc", "the chain's head", () => poll(target)), pollRule(target));
}

/**
 * The last head this process saw, without waiting (null before the first poll or while the RPC
 * is down); starts a poll when one is due. For readers that must not wait on the RPC (the backend's).
 */
export function lastChainHead(target: PublicTarget): ChainHead | null {
  chainHead(target).catch(() => undefined);
  return serverCache<ChainHead>().peek(`head|${chainKey(target)}`)?.value ?? null;
}
