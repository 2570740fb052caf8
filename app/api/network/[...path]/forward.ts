/**
 * The proxy's one job, without Next: forward an allow-listed request to the staking backend and
 * turn its answer into ours. A 2xx body is read up to a size limit, parsed losslessly and
 * validated, then passed on as the backend's own text (so amounts above 2^53 reach the browser
 * digit for digit). Every other outcome is JSON of our own, never the backend's body (Flask sends
 * HTML error pages): the backend's error status with `upstream_status` (so the client words the
 * status itself), or one of ours: 403 a cross-site POST, 404 a path off the allow-list, 413 a
 * request with a body (no endpoint takes one), 502 an unreachable backend or an answer that is too
 * large, unreadable or of the wrong shape, 504 no answer within the deadline.
 */
import { isDeadlineError, withDeadline } from "@/lib/async/deadline";
import { readTextWithin } from "@/lib/http/read-within";
import { isSameOriginRequest } from "@/lib/funnel/same-origin";
import { parseBackendJson } from "@/lib/network/json";
import { isAllowedNetworkPath } from "./allow-list";
import { invalidBackendAnswer } from "./validate";

/** Below the browser client's own deadline (lib/network/client.ts), so the browser hears our 504. */
export const GET_TIMEOUT_MS = 8_000;
/** The claim signature is gathered from the network's nodes first. */
export const POST_TIMEOUT_MS = 15_000;
/** Mainnet's /nodes is about 2.5 MB for 2,000 nodes; anything far beyond is not an answer we want. */
export const MAX_ANSWER_BYTES = 8 * 1024 * 1024;
/** No endpoint takes a body; a small one is tolerated (and not forwarded), a large one refused. */
export const MAX_REQUEST_BODY_BYTES = 1024;

type FetchLike = (input: string, init: { method: string; headers: Record<string, string>; cache: "no-store"; signal: AbortSignal }) => Promise<Response>;

/** What the proxy needs to know about the browser's request. */
export type IncomingRequest = { method: string; path: string; headers: Headers };

export type ForwardOptions = {
  fetchImpl?: FetchLike;
  timeoutMs?: number;
  maxAnswerBytes?: number;
  /** serves a GET's answer from a cache that calls `ask` when it needs the backend (route.ts: the server cache) */
  readThrough?: (path: string, ask: () => Promise<ProxyAnswer>) => Promise<ProxyAnswer>;
};

export function jsonAnswer(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}

class AnswerTooLarge extends Error {}

/** The body as text, or AnswerTooLarge as soon as it passes `limit` bytes (the rest is never read). */
async function readLimited(response: Response, limit: number): Promise<string> {
  const text = await readTextWithin(response, limit);
  if (text === null) throw new AnswerTooLarge();
  return text;
}

function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KiB` : `${bytes} bytes`;
}

/** The proxy's answer, as text: the backend's own for a valid 2xx, else JSON of ours. */
export type ProxyAnswer = { status: number; body: string };

const ours = (status: number, body: unknown): ProxyAnswer => ({ status, body: JSON.stringify(body) });

/** Asks the backend and judges its answer (no request checks: forwardToBackend makes them first). */
async function askBackend(method: string, path: string, backendUrl: string, options: ForwardOptions): Promise<ProxyAnswer> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const timeoutMs = options.timeoutMs ?? (method === "POST" ? POST_TIMEOUT_MS : GET_TIMEOUT_MS);
  const limit = options.maxAnswerBytes ?? MAX_ANSWER_BYTES;
  let upstream: Response;
  let body: string;
  try {
    [upstream, body] = await withDeadline(timeoutMs, async (signal) => {
      const r = await fetchImpl(`${backendUrl.replace(/\/+$/, "")}/${path}`, { method, headers: { accept: "application/json" }, cache: "no-store", signal });
      // an error page is never passed on, so it is not read beyond the limit either
      return [r, await readLimited(r, limit)] as const;
    });
  } catch (e) {
    if (e instanceof AnswerTooLarge) return ours(502, { error: `The staking backend sent an answer larger than ${size(limit)}.` });
    if (isDeadlineError(e)) return ours(504, { error: `The staking backend did not answer within ${timeoutMs / 1000} s.` });
    return ours(502, { error: "The staking backend could not be reached." });
  }
  if (!upstream.ok) {
    // 4xx/5xx keep their meaning for the client; anything odder is a bad gateway
    const status = upstream.status >= 400 && upstream.status <= 599 ? upstream.status : 502;
    return ours(status, { error: `The staking backend answered HTTP ${upstream.status}.`, upstream_status: upstream.status });
  }
  let parsed: unknown;
  try {
    parsed = parseBackendJson(body);
  } catch {
    return ours(502, { error: "The staking backend sent an unreadable answer." });
  }
  const problem = invalidBackendAnswer(method, path, parsed);
  if (problem) return ours(502, { error: problem });
  return { status: upstream.status, body };
}

export async function forwardToBackend(incoming: IncomingRequest, backendUrl: string, options: ForwardOptions = {}): Promise<Response> {
  const { method, path, headers } = incoming;
  if (!isAllowedNetworkPath(method, path)) return jsonAnswer(404, { error: "Unknown network API path." });
  // a POST asks the backend to sign: only our own pages may ask (a cross-site form or fetch may not)
  if (method === "POST" && !isSameOriginRequest(headers)) return jsonAnswer(403, { error: "Cross-site requests to the network API are refused." });
  const bodyLength = Number(headers.get("content-length") ?? 0);
  if (!Number.isFinite(bodyLength) || bodyLength > MAX_REQUEST_BODY_BYTES) {
    return jsonAnswer(413, { error: "The network API takes no request body." });
  }
  const ask = () => askBackend(method, path, backendUrl, options);
  // reads may be shared between visitors (the server cache); a signature request never is
  const answer = method === "GET" && options.readThrough ? await options.readThrough(path, ask) : await ask();
  return new Response(answer.body, { status: answer.status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } });
}
