/**
 * Same-origin proxy to the staking backend (the real one may not send CORS headers): forwards only
 * allow-listed GET/POST paths to the backend of the target configured at request time, within this
 * server's limits (handle.ts). Every answer is JSON, other methods included.
 */
import { loadServerTarget } from "@/lib/chain/server-target";
import { cachedTextAnswer } from "@/lib/server-cache/backend-read";
import { jsonAnswer } from "./forward";
import { handleBackendRequest } from "./handle";
import { backendLimits } from "./limits";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ path: string[] }> };

async function handle(request: Request, context: Context): Promise<Response> {
  const { path } = await context.params;
  // the proxy never touches the chain: no eth_chainId check here
  const loaded = await loadServerTarget(undefined, { checkRpcChain: false });
  if (!loaded.ok) return jsonAnswer(503, { error: loaded.message });
  const target = loaded.target;
  // reads are shared through the server's one cache (lib/server-cache): per path, until the chain moves on
  return handleBackendRequest({ method: request.method, path: path.join("/"), headers: request.headers, signal: request.signal }, target.backendUrl, backendLimits(), {
    share: (p, ask) => cachedTextAnswer(target, p, ask),
  });
}

export function GET(request: Request, context: Context): Promise<Response> {
  return handle(request, context);
}

export function POST(request: Request, context: Context): Promise<Response> {
  return handle(request, context);
}

function methodNotAllowed(): Response {
  const res = jsonAnswer(405, { error: "The staking backend answers GET, and POST for a claim signature." });
  res.headers.set("allow", "GET, POST");
  return res;
}

export { methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
