/**
 * The staking backend proxy's per-process limits, from the environment (lib/config/env.ts): requests
 * per client (BACKEND_RATE_LIMIT a minute), claim signatures per client and per address
 * (BACKEND_SIGNATURE_LIMIT and BACKEND_SIGNATURE_LIMIT_PER_ADDRESS per 10 minutes: each makes the
 * network's nodes sign, far more work than a read) and upstream calls in flight
 * (BACKEND_MAX_IN_FLIGHT); reads are shared by the server cache (BACKEND_CACHE_MS). Per process: several servers behind
 * nginx each allow this much, and nginx's own limit_req bounds the sum.
 */
import { readEnv } from "@/lib/config/env";
import { RotatingRateLimiter } from "@/lib/http/rate-limit";
import { UpstreamGate } from "@/lib/http/upstream-gate";

export type BackendLimits = {
  requests: RotatingRateLimiter;
  signaturesPerClient: RotatingRateLimiter;
  signaturesPerAddress: RotatingRateLimiter;
  gate: UpstreamGate;
  trustedProxyHops: number;
};

const SIGNATURE_WINDOW_MS = 10 * 60_000;

export function createBackendLimits(env?: Record<string, string | undefined>): BackendLimits {
  const e = readEnv(env);
  return {
    requests: new RotatingRateLimiter({ perClient: e.BACKEND_RATE_LIMIT, total: Number.MAX_SAFE_INTEGER, windowMs: 60_000 }),
    signaturesPerClient: new RotatingRateLimiter({ perClient: e.BACKEND_SIGNATURE_LIMIT, total: Number.MAX_SAFE_INTEGER, windowMs: SIGNATURE_WINDOW_MS }),
    signaturesPerAddress: new RotatingRateLimiter({ perClient: e.BACKEND_SIGNATURE_LIMIT_PER_ADDRESS, total: Number.MAX_SAFE_INTEGER, windowMs: SIGNATURE_WINDOW_MS }),
    gate: new UpstreamGate({ maxInFlight: e.BACKEND_MAX_IN_FLIGHT }),
    trustedProxyHops: e.TRUSTED_PROXY_HOPS,
  };
}

let limits: BackendLimits | undefined;

/** This server's limits, made on first use. */
export function backendLimits(): BackendLimits {
  return (limits ??= createBackendLimits());
}
