/**
 * The proxy's one job, without Next: forward an allow-listed request to the staking backend and
 * turn its answer into ours. A 2xx body is read up to a size limit, parsed losslessly and
 * validated, then passed on as the backend's own text (so amounts above 2^53 reach the browser
 * digit for digit). Every other outcome is JSON of our own, never the backend's body (Flask sends
 * HTML error pages): the backend's error status with `upstream_status` (so the client words the
 * status itself), or one of ours: 403 a cross-site POST, 404 a path off the allow-list, 413 a
 * request with a body (no endpoint takes one), 502 an unreachable backend or an answer that is too
 * large, unreadable or of the wrong shape (or a redirect, never followed), 504 no answer within the
 * deadline. The server's shared limits (rate, upstream calls in flight, shared answers) are route.ts's.
 */
import { isDeadlineError, withDeadline } from "@/lib/async/deadline";
import { readTextWithin } from "@/lib/http/read-within";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { parseBackendJson } from "@/lib/backend/json";
import type { UpstreamAnswer } from "@/lib/http/upstream-gate";
import { isAllowedBackendPath } from "./allow-list";
import { invalidBackendAnswer } from "./validate";

/** Below the browser client's own deadline (lib/backend/client.ts), so the browser hears our 504. */
export const GET_TIMEOUT_MS = 8_000;
/** The claim signature is gathered from the network's nodes first. */
export const POST_TIMEOUT_MS = 15_000;
/** Mainnet's /nodes is about 2.5 MB for 2,000 nodes; anything far beyond is not an answer we want. */
export const MAX_ANSWER_BYTES = 8 * 1024 * 1024;
/** No endpoint takes a body; a small one is tolerated (and not forwarded), a large one refused. */
export const MAX_REQUEST_BODY_BYTES = 1024;

type FetchLike = (input: string, init: { method: string; headers: Record<string, string>; cache: "no-store"; redirect: "manual"; signal: AbortSignal }) => Promise<Response>;

/** What the proxy needs to know about the browser's request. */
export type IncomingRequest = { method: string; path: string; headers: Headers };

export type ForwardOptions = { fetchImpl?: FetchLike; timeoutMs?: number; maxAnswerBytes?: number };

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

/**
 * The refusals that need no backend: 404 a path off the allow-list, 403 a cross-site POST, 413 a
 * request with a body. null: the request may go on.
 */
export function refuseRequest(incoming: IncomingRequest): Response | null {
  const { method, path, headers } = incoming;
  if (!isAllowedBackendPath(method, path)) return jsonAnswer(404, { error: "Unknown staking backend path." });
  // a POST asks the backend to sign: only our own pages may ask (a cross-site form or fetch may not)
  if (method === "POST" && !isSameOriginRequest(headers)) return jsonAnswer(403, { error: "Cross-site requests to the staking backend are refused." });
  const bodyLength = Number(headers.get("content-length") ?? 0);
  if (!Number.isFinite(bodyLength) || bodyLength > MAX_REQUEST_BODY_BYTES) {
    return jsonAnswer(413, { error: "The staking backend takes no request body." });
  }
  return null;
}

const json = (status: number, body: unknown): UpstreamAnswer => ({ status, body: JSON.stringify(body) });

/**
 * One call to the backend for an allowed request, as the answer we send (plain data, so that one
 * answer can be shared by several requests: lib/http/upstream-gate.ts). `options.signal` aborts it
 * (the client went away): then the abort's reason is thrown instead of an answer. The backend may
 * not redirect us elsewhere (502), and its answer is read up to a size limit (502 past it).
 */
export async function callBackend(method: string, path: string, backendUrl: string, options: ForwardOptions & { signal?: AbortSignal } = {}): Promise<UpstreamAnswer> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const timeoutMs = options.timeoutMs ?? (method === "POST" ? POST_TIMEOUT_MS : GET_TIMEOUT_MS);
  const limit = options.maxAnswerBytes ?? MAX_ANSWER_BYTES;
  let upstream: Response;
  let body: string;
  try {
    [upstream, body] = await withDeadline(
      timeoutMs,
      async (signal) => {
        const r = await fetchImpl(`${backendUrl.replace(/\/+$/, "")}/${path}`, { method, headers: { accept: "application/json" }, cache: "no-store", redirect: "manual", signal });
        // an error page is never passed on, so it is not read beyond the limit either
        return [r, await readLimited(r, limit)] as const;
      },
      { signal: options.signal },
    );
  } catch (e) {
    if (options.signal?.aborted) throw e;
    if (e instanceof AnswerTooLarge) return json(502, { error: `The staking backend sent an answer larger than ${size(limit)}.` });
    if (isDeadlineError(e)) return json(504, { error: `The staking backend did not answer within ${timeoutMs / 1000} s.` });
    return json(502, { error: "The staking backend could not be reached." });
  }
  if (upstream.status >= 300 && upstream.status < 400) return json(502, { error: "The staking backend answered with a redirect, which is not followed." });
  if (!upstream.ok) {
    // 4xx/5xx keep their meaning for the client; anything odder is a bad gateway
    const status = upstream.status >= 400 && upstream.status <= 599 ? upstream.status : 502;
    return json(status, { error: `The staking backend answered HTTP ${upstream.status}.`, upstream_status: upstream.status });
  }
  let parsed: unknown;
  try {
    parsed = parseBackendJson(body);
  } catch {
    return json(502, { error: "The staking backend sent an unreadable answer." });
  }
  const problem = invalidBackendAnswer(method, path, parsed);
  if (problem) return json(502, { error: problem });
  return { status: upstream.status, body };
}

/** Our answer to the browser: always JSON, never cached by it (a shared answer is kept here, seconds). */
export function responseFor(answer: UpstreamAnswer, headers: Record<string, string> = {}): Response {
  return new Response(answer.body, { status: answer.status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers } });
}

/** The whole proxy for one request, without the server's shared limits (route.ts adds those). */
export async function forwardToBackend(incoming: IncomingRequest, backendUrl: string, options: ForwardOptions = {}): Promise<Response> {
  return refuseRequest(incoming) ?? responseFor(await callBackend(incoming.method, incoming.path, backendUrl, options));
}
