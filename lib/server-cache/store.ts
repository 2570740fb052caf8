/**
 * The server process's one cache for every upstream read (chain, staking backend, ENS): one store
 * shared by every route bundle (lib/async/shared-map.ts), bounded by SERVER_CACHE_MAX_MB. Each
 * reader gives its own key and freshness rule (./chain-read.ts, ./backend-read.ts, lib/chain/ens.ts).
 */
import "server-only";
import { createRevalidatingCache, type RevalidatingCache } from "@/lib/async/revalidating-cache";
import { sharedValue } from "@/lib/async/shared-map";
import { currentRequestId } from "@/lib/log/current-request-id";
import { logUpstreamFailure, type Upstream } from "@/lib/log/logger";
import { serverCacheSettings } from "./settings";

/**
 * Made at the first read, not when the module loads: `next build` evaluates route modules, and the
 * configuration (SERVER_CACHE_MAX_MB) is the running server's. One value type per key, chosen by
 * its reader: the store itself holds unknown values.
 */
export function serverCache<V>(): RevalidatingCache<string, V> {
  const cache = sharedValue<RevalidatingCache<string, unknown>>("server-cache", () => createRevalidatingCache<string, unknown>({ maxWeight: serverCacheSettings("devnet").maxBytes }));
  return cache as RevalidatingCache<string, V>;
}

/**
 * `load` with its failure logged once (lib/log/logger.ts): a failed read is remembered by the
 * cache, so an outage logs one line per read and settings.errorMs, not one per visitor.
 */
export function loggedLoad<V>(upstream: Upstream, read: string, load: () => Promise<V>): () => Promise<V> {
  return async () => {
    try {
      return await load();
    } catch (error) {
      logUpstreamFailure({ upstream, read, error, requestId: await currentRequestId() });
      throw error;
    }
  };
}
