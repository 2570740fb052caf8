import { readEnv } from "@/lib/config/env";
import type { RateLimitOptions } from "@/lib/http/rate-limit";

/**
 * The event limits (FUNNEL_RATE_LIMIT, FUNNEL_RATE_LIMIT_TOTAL, FUNNEL_RATE_WINDOW_SECONDS in
 * lib/config/env.ts). Defaults: 300 events per client address and 100,000 in all per 5 minutes (a
 * visitor sends a handful; many visitors can share one address behind a carrier's NAT).
 */
export function rateLimitConfig(env?: Record<string, string | undefined>): RateLimitOptions {
  const e = readEnv(env);
  return { perClient: e.FUNNEL_RATE_LIMIT, total: e.FUNNEL_RATE_LIMIT_TOTAL, windowMs: e.FUNNEL_RATE_WINDOW_SECONDS * 1000 };
}
