import { handleFunnelAdmin } from "@/lib/funnel/handle-admin";
import { serverFunnelAdminDeps } from "@/lib/funnel/server-funnel";

/**
 * The funnel report for the team (lib/funnel/handle-admin.ts): on only when ADMIN_TOKEN is set,
 * outside every layout, noindex, never cached.
 */
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return handleFunnelAdmin(request, serverFunnelAdminDeps());
}

export async function POST(request: Request): Promise<Response> {
  return handleFunnelAdmin(request, serverFunnelAdminDeps());
}
