/**
 * Accepts only posts made by our own pages. Browsers send Sec-Fetch-Site with every request (it
 * must be "same-origin"); where it is missing, Origin must name this site's host. A request with
 * neither is refused too: a beacon from our pages always carries both.
 */
export function isSameOriginRequest(headers: Headers, allowedOrigins: readonly string[] = []): boolean {
  const site = headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin";
  const origin = headers.get("origin");
  if (origin === null || origin === "null") return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const ownHosts = [headers.get("x-forwarded-host"), headers.get("host")].filter((h): h is string => !!h).map((h) => h.split(",")[0]!.trim());
  return ownHosts.includes(host) || allowedOrigins.includes(origin);
}
