/**
 * The address a request came from, used only as the rate limiter's input (hashed, in memory, then
 * forgotten). `next start` sets X-Forwarded-For to the socket's address when no proxy did; behind
 * a proxy, the proxy appends the client's address, so the last entry is the one our own side
 * wrote. (A client talking to `next start` directly can forge the header: the limiter's total cap
 * still bounds what it can add.)
 */
export function clientAddress(headers: Headers): string {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  return hops.at(-1) ?? "unknown";
}
