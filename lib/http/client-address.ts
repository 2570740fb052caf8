/**
 * The address a request came from, used only as a rate limiter's input (hashed, in memory, then
 * forgotten). Which address that is depends on what stands in front of the server, which only the
 * operator knows: TRUSTED_PROXY_HOPS (lib/config/env.ts).
 *
 * - 0 (the default: clients talk to the server directly): the TCP peer's address, which
 *   instrumentation.ts records on every request under PEER_ADDRESS_HEADER (lib/http/peer-address.ts),
 *   overwriting whatever a client sent under that name. X-Forwarded-For is ignored: any client
 *   writes it, and `next start` only fills it in when the client did not.
 * - n ≥ 1 (n proxies in front, e.g. nginx): each proxy appends the address it was reached from,
 *   so the client is the entry n places before the peer; everything further left was written by
 *   the client and is ignored.
 */
export const PEER_ADDRESS_HEADER = "x-session-peer-address";

export function clientAddress(headers: Headers, trustedHops: number): string {
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim() || "unknown";
  if (trustedHops <= 0) return peer;
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  // fewer entries than trusted hops: a proxy was bypassed or misconfigured; the farthest known one
  return chain[Math.max(0, chain.length - 1 - trustedHops)]!;
}
