/**
 * The proxy's one job, without Next: forward an allow-listed request to the staking backend and
 * turn its answer into ours. A 2xx body is parsed losslessly and validated, then passed on as the
 * backend's own text (so amounts above 2^53 reach the browser digit for digit). Any error becomes
 * JSON of our own with the backend's status (`upstream_status` tells the client the status is the
 * backend's, so it words it itself), never the backend's body: Flask sends HTML error pages.
 */
import { parseBackendJson } from "@/lib/network/json";
import { isAllowedNetworkPath } from "./allow-list";
import { invalidBackendAnswer } from "./validate";

const TIMEOUT_MS = 15_000;

type FetchLike = (input: string, init: { method: string; headers: Record<string, string>; cache: "no-store"; signal: AbortSignal }) => Promise<Response>;

export function jsonAnswer(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}

export async function forwardToBackend(
  method: string,
  path: string,
  backendUrl: string,
  fetchImpl: FetchLike = fetch,
  timeoutMs = TIMEOUT_MS,
): Promise<Response> {
  if (!isAllowedNetworkPath(method, path)) return jsonAnswer(404, { error: "Unknown network API path." });
  let upstream: Response;
  let body: string;
  try {
    upstream = await fetchImpl(`${backendUrl.replace(/\/+$/, "")}/${path}`, {
      method,
      headers: { accept: "application/json" },
      cache: "no-store",
      signal: AbortSignal.timeout(timeoutMs),
    });
    body = await upstream.text();
  } catch {
    return jsonAnswer(504, { error: "The staking backend did not answer." });
  }
  if (!upstream.ok) {
    // 4xx/5xx keep their meaning for the client; anything odder is a bad gateway
    const status = upstream.status >= 400 && upstream.status <= 599 ? upstream.status : 502;
    return jsonAnswer(status, { error: `The staking backend answered HTTP ${upstream.status}.`, upstream_status: upstream.status });
  }
  let parsed: unknown;
  try {
    parsed = parseBackendJson(body);
  } catch {
    return jsonAnswer(502, { error: "The staking backend sent an unreadable answer." });
  }
  const problem = invalidBackendAnswer(method, path, parsed);
  if (problem) return jsonAnswer(502, { error: problem });
  return new Response(body, { status: upstream.status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } });
}
