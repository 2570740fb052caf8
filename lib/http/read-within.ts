/**
 * A request's or response's body as text, or null when it is longer than `maxBytes` (declared in
 * Content-Length or found while reading). Reading stops as soon as the limit is passed, so a huge
 * or endless body costs at most `maxBytes` of memory. Used wherever a body comes from outside:
 * the funnel's and CSP reports' endpoints (requests), the staking backend proxy and the network client
 * (the backend's answers). Runs in the browser too (the network client): no Buffer.
 */
export async function readTextWithin(message: { headers: Headers; body: ReadableStream<Uint8Array> | null }, maxBytes: number): Promise<string | null> {
  const declared = Number(message.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > maxBytes) {
    await message.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!message.body) return "";
  const reader = message.body.getReader();
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
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(all);
}
