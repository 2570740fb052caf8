import { createHash, timingSafeEqual } from "node:crypto";

/** Shorter tokens could be guessed: below this length the admin page stays off. */
export const ADMIN_TOKEN_MIN_LENGTH = 16;

export type AdminTokenSetting = { enabled: true; token: string } | { enabled: false; reason: string };

/** /admin/funnel is on only when ADMIN_TOKEN holds a long enough secret. */
export function adminTokenSetting(env: Record<string, string | undefined> = process.env): AdminTokenSetting {
  const token = env.ADMIN_TOKEN?.trim() ?? "";
  if (!token) return { enabled: false, reason: "ADMIN_TOKEN is not set" };
  if (token.length < ADMIN_TOKEN_MIN_LENGTH) return { enabled: false, reason: `ADMIN_TOKEN is shorter than ${ADMIN_TOKEN_MIN_LENGTH} characters` };
  return { enabled: true, token };
}

/**
 * Constant-time comparison: both sides are hashed to 32 bytes first, so neither the time taken nor
 * an early length check tells a guesser how close they came.
 */
export function tokenMatches(given: string, expected: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}
