/**
 * One request to the staking backend proxy, in order: the client's rate limit (429), the refusals that
 * need no backend (forward.ts: 404, 403, 413), the path in its one canonical spelling, for a claim
 * signature the per-client and per-address limits (429), then the backend through the upstream
 * gate (lib/http/upstream-gate.ts: at most so many calls in flight, 503 with Retry-After beyond).
 * A read goes through `share`, the server's one cache (route.ts passes lib/server-cache): one call
 * for a burst of the same path, its answer shared until the chain moves on; a client that leaves
 * stops waiting, and the shared call (bounded by its deadline) still serves the next visitors. A
 * signature is the client's own call, aborted when it leaves.
 */
import { clientAddress } from "@/lib/http/client-address";
import { ClientGone, untilClientGone, UpstreamBusy, type UpstreamAnswer } from "@/lib/http/upstream-gate";
import { canonicalBackendPath } from "./allow-list";
import { callBackend, jsonAnswer, refuseRequest, responseFor, type ForwardOptions } from "./forward";
import type { BackendLimits } from "./limits";

export type BackendRequest = { method: string; path: string; headers: Headers; signal?: AbortSignal };

/** How a read's answer is shared between requests: the server cache in production, none by default (tests). */
export type ShareRead = (path: string, ask: () => Promise<UpstreamAnswer>) => Promise<UpstreamAnswer>;
const unshared: ShareRead = (_path, ask) => ask();

function tooMany(error: string, seconds: number): Response {
  const res = jsonAnswer(429, { error });
  res.headers.set("retry-after", String(seconds));
  return res;
}

export async function handleBackendRequest(request: BackendRequest, backendUrl: string, limits: BackendLimits, options: ForwardOptions & { share?: ShareRead } = {}): Promise<Response> {
  const client = clientAddress(request.headers, limits.trustedProxyHops);
  if (!limits.requests.take(client)) {
    return tooMany(`Too many requests to the staking backend from your address; try again in ${limits.requests.secondsLeft()} s.`, limits.requests.secondsLeft());
  }
  const refused = refuseRequest(request);
  if (refused) return refused;
  const path = canonicalBackendPath(request.path);
  const call = (signal: AbortSignal) => callBackend(request.method, path, backendUrl, { ...options, signal });
  let answer: UpstreamAnswer | "busy";
  try {
    if (request.method === "POST") {
      // the allow-list admits one POST, rewards/<address>: a signature of that address's rewards
      const address = path.slice("rewards/".length);
      const { signaturesPerClient: perClient, signaturesPerAddress: perAddress } = limits;
      if (perClient.isSpent(client) || perAddress.isSpent(address)) {
        const seconds = Math.max(perClient.secondsLeft(), perAddress.secondsLeft());
        return tooMany(`Too many claim signatures asked for; try again in ${Math.ceil(seconds / 60)} min.`, seconds);
      }
      perClient.take(client);
      perAddress.take(address);
      answer = await limits.gate.exclusive(call, request.signal);
    } else {
      const share = options.share ?? unshared;
      const ask = async () => {
        const a = await limits.gate.exclusive(call);
        if (a === "busy") throw new UpstreamBusy();
        return a;
      };
      answer = await untilClientGone(share(path, ask), request.signal);
    }
  } catch (e) {
    // nobody is left to read an answer (a signature's call was aborted; a shared read serves others)
    if (e instanceof ClientGone) return new Response(null, { status: 503 });
    if (e instanceof UpstreamBusy) answer = "busy";
    else throw e;
  }
  if (answer === "busy") {
    const res = jsonAnswer(503, { error: "The staking backend is busy; try again in a moment." });
    res.headers.set("retry-after", "2");
    return res;
  }
  return responseFor(answer);
}
