import { logRateLimited } from "@/lib/log/logger";
import { REQUEST_ID_HEADER } from "@/lib/log/request-id";
import { handleFunnelAdmin } from "@/lib/funnel/handle-admin";
import { serverFunnelAdminDeps } from "@/lib/funnel/server-funnel";

/**
 * The funnel report for the team (lib/funnel/handle-admin.ts): on only when ADMIN_TOKEN is set,
 * outside every layout, noindex, never cached.
 */
export const dynamic = "force-dynamic";

/** A rate-limit hit becomes one log line (lib/log/logger.ts: the request id, never the client's address). */
function logged(request: Request, response: Response): Response {
  if (response.status === 429) logRateLimited({ requestId: request.headers.get(REQUEST_ID_HEADER) ?? undefined, limiter: "funnel report tokens" });
  return response;
}

export async function GET(request: Request): Promise<Response> {
  return logged(request, await handleFunnelAdmin(request, serverFunnelAdminDeps()));
}

export async function POST(request: Request): Promise<Response> {
  return logged(request, await handleFunnelAdmin(request, serverFunnelAdminDeps()));
}
