import { handleFunnelEvent } from "@/lib/funnel/handle-event";
import { serverFunnelDeps } from "@/lib/funnel/server-funnel";

/** The funnel's event endpoint (lib/funnel/handle-event.ts): POST only, never cached. */
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  return handleFunnelEvent(request, serverFunnelDeps());
}
