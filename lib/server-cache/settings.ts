/**
 * How fresh the server cache's values must be (./store.ts), from the one env schema
 * (lib/config/env.ts: BACKEND_CACHE_MS, SERVER_BLOCK_POLL_MS, SERVER_CACHE_STALE_MS,
 * SERVER_CACHE_MAX_MB; docs/configuration.md). The devnet defaults favour a developer's (and the
 * e2e tests') writes showing at once; the live ones, a burst of visitors costing the RPC and the
 * backend nothing more.
 */
import type { TargetName } from "@/lib/chain/targets";
import { readEnv } from "@/lib/config/env";

export type ServerCacheSettings = {
  blockPollMs: number;
  backendCacheMs: number;
  /**
   * A backend answer that says which Arbitrum block it had witnessed (network.l2_height) and is
   * behind the chain's head is read again after this long. The devnet's simulator witnesses within
   * 0.5 s, so its answers follow blocks; how far the real network's l2_height lags is
   * [unconfirmed] (it is 0 in some backend revisions), so live answers follow BACKEND_CACHE_MS only.
   */
  behindRetryMs: number;
  maxStaleAgeMs: number;
  maxBytes: number;
  /** a failed read is remembered (and its error given) this long */
  errorMs: number;
};

/** A failed upstream read is tried again after this long, not by every caller meanwhile. */
const ERROR_MS = 2_000;

/** `env` given: that environment (tests); otherwise the server's, parsed once at start. */
export function serverCacheSettings(target: TargetName, env?: Record<string, string | undefined>): ServerCacheSettings {
  const e = readEnv(env);
  const devnet = target === "devnet";
  return {
    blockPollMs: e.SERVER_BLOCK_POLL_MS ?? (devnet ? 250 : 1_000),
    backendCacheMs: e.BACKEND_CACHE_MS,
    behindRetryMs: devnet ? 100 : e.BACKEND_CACHE_MS,
    maxStaleAgeMs: e.SERVER_CACHE_STALE_MS ?? (devnet ? 0 : 30_000),
    maxBytes: e.SERVER_CACHE_MAX_MB * 1024 * 1024,
    errorMs: ERROR_MS,
  };
}

/**
 * How long a dApp page waits for one of its server reads before it renders the read's failure
 * (the chain's head poll and the read itself, each bounded on its own, fit in it with a slow RPC).
 */
export const PAGE_READ_BUDGET_MS = 10_000;
