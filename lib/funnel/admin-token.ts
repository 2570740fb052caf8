import { createHash, timingSafeEqual } from "node:crypto";
import { readEnv } from "@/lib/config/env";

export type AdminTokenSetting = { enabled: true; token: string } | { enabled: false; reason: string };

/**
 * /admin/funnel is on only when ADMIN_TOKEN is set (the schema, lib/config/env.ts, refuses one
 * shorter than 16 characters: the server does not start with it).
 */
export function adminTokenSetting(env?: Record<string, string | undefined>): AdminTokenSetting {
  const token = readEnv(env).ADMIN_TOKEN;
  return token ? { enabled: true, token } : { enabled: false, reason: "ADMIN_TOKEN is not set" };
}

/**
 * Constant-time comparison: both sides are hashed to 32 bytes first, so neither the time taken nor
 * an early length check tells a guesser how close they came.
 */
export function tokenMatches(given: string, expected: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}
