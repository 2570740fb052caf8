/**
 * The one content type the event endpoint accepts: what navigator.sendBeacon sends for a string
 * body (lib/funnel/beacon.ts). text/plain also means the browser never preflights the beacon.
 */
export const FUNNEL_CONTENT_TYPE = "text/plain;charset=UTF-8";

/** text/plain, with no charset or charset=utf-8 (any case, any spacing). */
export function isFunnelContentType(header: string | null): boolean {
  if (!header) return false;
  const [type, ...params] = header.split(";").map((p) => p.trim().toLowerCase());
  if (type !== "text/plain") return false;
  return params.every((p) => !p.startsWith("charset=") || p.replace(/^charset=/, "").replace(/"/g, "") === "utf-8");
}
