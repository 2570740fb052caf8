/**
 * Same-origin proxy to the staking backend (the real one may not send CORS headers). Forwards only
 * allow-listed GET/POST paths to the backend of the target configured at request time.
 */
import { loadServerTarget } from "@/lib/chain/server-target";
import { isAllowedNetworkPath } from "./allow-list";
import { invalidBackendAnswer } from "./validate";

export const dynamic = "force-dynamic";

const TIMEOUT_MS = 15_000;

function json(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}

async function forward(request: Request, params: Promise<{ path: string[] }>): Promise<Response> {
  const { path } = await params;
  const joined = path.join("/");
  if (!isAllowedNetworkPath(request.method, joined)) return json(404, { error: "Unknown network API path." });
  const loaded = await loadServerTarget();
  if (!loaded.ok) return json(503, { error: loaded.message });
  const url = `${loaded.target.backendUrl.replace(/\/+$/, "")}/${joined}`;
  try {
    const upstream = await fetch(url, {
      method: request.method,
      headers: { accept: "application/json" },
      cache: "no-store",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const body = await upstream.text();
    if (upstream.ok) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        return json(502, { error: "The staking backend sent an unreadable answer." });
      }
      const problem = invalidBackendAnswer(request.method, joined, parsed);
      if (problem) return json(502, { error: problem });
    }
    return new Response(body, {
      status: upstream.status,
      headers: { "content-type": upstream.headers.get("content-type") ?? "application/json", "cache-control": "no-store" },
    });
  } catch {
    return json(504, { error: "The staking backend did not answer." });
  }
}

type Context = { params: Promise<{ path: string[] }> };

export function GET(request: Request, context: Context): Promise<Response> {
  return forward(request, context.params);
}

export function POST(request: Request, context: Context): Promise<Response> {
  return forward(request, context.params);
}
