/**
 * THE SERVER CACHE'S SETTINGS (environment variables; to be folded into the one env schema).
 * Every server read goes through one cache (./store.ts); these say how fresh its values must be.
 *
 * | env | meaning | default |
 * | --- | --- | --- |
 * | SERVER_BLOCK_POLL_MS | how often the process asks the RPC for the chain's head (one shared poll); chain reads are reused until the head moves | 250 on the devnet, 1000 on Arbitrum |
 * | BACKEND_CACHE_MS | how long a staking backend answer is reused (0: every read asks, one request in flight at a time) | 15000 |
 * | SERVER_CACHE_STALE_MS | a value older than its rule allows is still served for this long after it was read, while one reload runs | 0 on the devnet, 30000 on Arbitrum |
 * | SERVER_CACHE_MAX_MB | the cache's memory bound (least recently used values go first) | 64 |
 *
 * The devnet defaults favour a developer's (and the e2e tests') writes showing at once; the live
 * ones, a burst of visitors costing the RPC and the backend nothing more.
 */
import type { TargetName } from "@/lib/chain/targets";

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

function intSetting(raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

export function serverCacheSettings(target: TargetName, env: Record<string, string | undefined> = process.env): ServerCacheSettings {
  const devnet = target === "devnet";
  const backendCacheMs = intSetting(env.BACKEND_CACHE_MS, 15_000, 0, 300_000);
  return {
    blockPollMs: intSetting(env.SERVER_BLOCK_POLL_MS, devnet ? 250 : 1_000, 50, 60_000),
    backendCacheMs,
    behindRetryMs: devnet ? 100 : backendCacheMs,
    maxStaleAgeMs: intSetting(env.SERVER_CACHE_STALE_MS, devnet ? 0 : 30_000, 0, 300_000),
    maxBytes: intSetting(env.SERVER_CACHE_MAX_MB, 64, 1, 4_096) * 1024 * 1024,
    errorMs: ERROR_MS,
  };
}
