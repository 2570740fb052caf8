/**
 * Readiness (lib/health/readiness.ts): 200 when the configuration is valid, the RPC serves the
 * target's chain, the staking backend answers and the database (when configured) is reachable;
 * 503 otherwise. JSON naming no URL or secret.
 */
import { serverFunnelStore } from "@/lib/funnel/server-funnel";
import { readiness } from "@/lib/health/readiness";

export const dynamic = "force-dynamic";

/** A real query on the funnel's store (today's counts: small, indexed). */
async function pingDatabase(): Promise<void> {
  const store = await serverFunnelStore();
  await store.countsSince(new Date().toISOString().slice(0, 10));
}

export async function GET(): Promise<Response> {
  const r = await readiness(pingDatabase);
  return Response.json({ status: r.ready ? "ready" : "not ready", checks: r.checks }, { status: r.ready ? 200 : 503, headers: { "cache-control": "no-store" } });
}
