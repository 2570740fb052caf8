/**
 * The server process's one cache for every upstream read (chain, staking backend, ENS): one store
 * shared by every route bundle (lib/async/shared-map.ts), bounded by SERVER_CACHE_MAX_MB. Each
 * reader gives its own key and freshness rule (./chain-read.ts, ./backend-read.ts, lib/chain/ens.ts).
 */
import "server-only";
import { createRevalidatingCache, type RevalidatingCache } from "@/lib/async/revalidating-cache";
import { sharedValue } from "@/lib/async/shared-map";
import { serverCacheSettings } from "./settings";

// one value type per key, chosen by its reader: the store itself holds unknown values
const cache = sharedValue<RevalidatingCache<string, unknown>>("server-cache", () =>
  createRevalidatingCache<string, unknown>({ maxWeight: serverCacheSettings("devnet").maxBytes }),
);

export function serverCache<V>(): RevalidatingCache<string, V> {
  return cache as RevalidatingCache<string, V>;
}
