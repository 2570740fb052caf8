/**
 * The backend's node list as the server reads it for /nodes and /nodes/<id>: one answer shared by
 * every request for REGISTRY_CACHE_MS (15 s by default, about a Session block's worth of change),
 * with one request to the backend in flight at a time, so a burst of page views costs the backend
 * one /nodes call instead of one per view. Each call is bounded by a deadline that aborts it.
 */
import { createRevalidatingCache, type CacheEntry } from "@/lib/async/revalidating-cache";
import { sharedMap } from "@/lib/async/shared-map";
import { readEnv } from "@/lib/config/env";
import { createNetworkClient } from "./client";
import type { NodesResponse } from "./schemas";

/** The page shows the backend's error after this long instead of waiting on it. */
const REGISTRY_DEADLINE_MS = 6_000;

/** REGISTRY_CACHE_MS (lib/config/env.ts): whole milliseconds, 0 (no reuse, for tests that change the answer) to 5 minutes. */
export function registryCacheMs(env?: Record<string, string | undefined>): number {
  return readEnv(env).REGISTRY_CACHE_MS;
}

const cache = createRevalidatingCache<string, NodesResponse>(
  // the client's deadline (lib/async/deadline.ts) aborts the request and words the error
  (backendUrl) => createNetworkClient(backendUrl, fetch, { timeoutMs: REGISTRY_DEADLINE_MS }).getNodes(),
  { maxAgeMs: () => registryCacheMs(), store: sharedMap<string, CacheEntry<NodesResponse>>("registry") },
);

/** Throws lib/network's error (with its user-facing sentence) when the backend answer is unusable. */
export function getRegistry(backendUrl: string): Promise<NodesResponse> {
  return cache.get(backendUrl);
}

export function clearRegistryCache(): void {
  cache.clear();
}
