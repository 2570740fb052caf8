import { z } from "zod";
import type { RateLimitOptions } from "./rate-limit";

const count = (fallback: number) => z.preprocess((v) => (v === undefined || v === "" ? fallback : v), z.coerce.number().int().positive());

const envSchema = z.object({
  FUNNEL_RATE_LIMIT: count(300),
  FUNNEL_RATE_LIMIT_TOTAL: count(100_000),
  FUNNEL_RATE_WINDOW_SECONDS: count(300),
});

/**
 * The event limits. Defaults: 300 events per client address and 100,000 in all per 5 minutes (a
 * visitor sends a handful; many visitors can share one address behind a carrier's NAT).
 */
export function rateLimitConfig(env: Record<string, string | undefined> = process.env): RateLimitOptions {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new Error(`funnel rate limit: ${parsed.error.issues.map((i) => `${String(i.path[0])} ${i.message}`).join("; ")}`);
  return { perClient: parsed.data.FUNNEL_RATE_LIMIT, total: parsed.data.FUNNEL_RATE_LIMIT_TOTAL, windowMs: parsed.data.FUNNEL_RATE_WINDOW_SECONDS * 1000 };
}
