import { readEnv } from "@/lib/config/env";
import { serverFunnelStore } from "@/lib/funnel/server-funnel";
import { RotatingRateLimiter } from "@/lib/http/rate-limit";
import { handleCspReport } from "@/lib/security/handle-csp-report";

/** Browsers' CSP violation reports (lib/security/handle-csp-report.ts): POST only, never cached. */
export const dynamic = "force-dynamic";

let limiter: RotatingRateLimiter | undefined;

export async function POST(request: Request): Promise<Response> {
  const env = readEnv();
  // per client per 5 minutes (a page with a real problem reports it a few times); 20,000 in all
  limiter ??= new RotatingRateLimiter({ perClient: env.CSP_REPORT_RATE_LIMIT, total: 20_000, windowMs: 5 * 60_000 });
  return handleCspReport(request, { store: serverFunnelStore, limiter, trustedProxyHops: env.TRUSTED_PROXY_HOPS });
}
