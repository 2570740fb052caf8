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

/**
 * The request body as text, or null when it is longer than `maxBytes`. Stops reading as soon as the
 * limit is passed, so a huge or endless body costs at most `maxBytes` of memory.
 */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}
