/**
 * The backend's node list as the server reads it for /nodes and /nodes/<id>, through the server
 * cache (lib/server-cache/backend-read.ts): one answer shared by every request for BACKEND_CACHE_MS
 * (sooner once the chain moved past what the network had witnessed), one request to the backend in
 * flight at a time, so a burst of page views costs the backend one /nodes call instead of one per
 * view. Each call is bounded by a deadline that aborts it.
 */
import "server-only";
import type { ServerTarget } from "@/lib/chain/targets";
import { cachedBackendRead } from "@/lib/server-cache/backend-read";
import { createBackendClient } from "./client";
import type { NodesResponse } from "./schemas";

/** The page shows the backend's error after this long instead of waiting on it. */
const REGISTRY_DEADLINE_MS = 6_000;

/** Throws lib/backend's error (with its user-facing sentence) when the backend answer is unusable. */
export function getRegistry(target: ServerTarget): Promise<NodesResponse> {
  return cachedBackendRead(
    target,
    "/nodes",
    // the client's deadline (lib/async/deadline.ts) aborts the request and words the error
    () => createBackendClient(target.backendUrl, fetch, { timeoutMs: REGISTRY_DEADLINE_MS }).getNodes(),
    { witnessed: (a) => a.network.l2_height, weigh: (a) => 2_048 + 1_536 * a.nodes.length },
  );
}
