import { logRateLimited } from "@/lib/log/logger";
import { REQUEST_ID_HEADER } from "@/lib/log/request-id";
import { handleFunnelEvent } from "@/lib/funnel/handle-event";
import { serverFunnelDeps } from "@/lib/funnel/server-funnel";

/** The funnel's event endpoint (lib/funnel/handle-event.ts): POST only, never cached. */
export const dynamic = "force-dynamic";

/** A rate-limit hit becomes one log line (lib/log/logger.ts: the request id, never the client's address). */
function logged(request: Request, response: Response): Response {
  if (response.status === 429) logRateLimited({ requestId: request.headers.get(REQUEST_ID_HEADER) ?? undefined, limiter: "funnel events" });
  return response;
}

export async function POST(request: Request): Promise<Response> {
  return logged(request, await handleFunnelEvent(request, serverFunnelDeps()));
}
