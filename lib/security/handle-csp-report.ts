/**
 * POST /api/csp-report: a browser's CSP violation reports (csp-report.ts) in, counts up, nothing
 * else kept. In order: the client's rate limit (429), content type (415), size (413), shape (400),
 * then one upsert per violation into the funnel's store (SQLite or PostgreSQL). Reports are not
 * required to be same-origin (a browser's Reporting API uploads carry no page context): a forged
 * one can only add to a count of a known directive and an origin, within the rate limit.
 */
import { utcDay } from "@/lib/funnel/counts";
import { StoreUnavailableError } from "@/lib/funnel/backoff";
import type { FunnelStore } from "@/lib/funnel/store";
import { clientAddress } from "@/lib/http/client-address";
import type { RotatingRateLimiter } from "@/lib/http/rate-limit";
import { readTextWithin } from "@/lib/http/read-within";
import { CSP_REPORT_MAX_BYTES, isCspReportContentType, parseCspReport } from "./csp-report";

export type CspReportDeps = {
  store: () => Promise<FunnelStore>;
  limiter: RotatingRateLimiter;
  trustedProxyHops?: number;
  now?: () => Date;
};

/** Short, fixed answers: nothing from the request is echoed back. */
function answer(status: number, message?: string, headers: Record<string, string> = {}): Response {
  return new Response(message ?? null, {
    status,
    headers: { "cache-control": "no-store", ...(message ? { "content-type": "text/plain; charset=utf-8" } : {}), ...headers },
  });
}

export async function handleCspReport(request: Request, deps: CspReportDeps): Promise<Response> {
  if (!deps.limiter.take(clientAddress(request.headers, deps.trustedProxyHops ?? 0))) {
    return answer(429, "too many reports; try later", { "retry-after": String(deps.limiter.secondsLeft()) });
  }
  if (!isCspReportContentType(request.headers.get("content-type"))) return answer(415, "a CSP report is application/csp-report or application/reports+json");
  const text = await readTextWithin(request, CSP_REPORT_MAX_BYTES);
  if (text === null) return answer(413, `a report is at most ${CSP_REPORT_MAX_BYTES} bytes`);
  const violations = parseCspReport(text);
  if (violations === null) return answer(400, "not a CSP violation report");
  if (violations.length === 0) return answer(204);
  const day = utcDay(deps.now?.() ?? new Date());
  try {
    const store = await deps.store();
    for (const v of violations) await store.incrementCspViolation({ day, ...v });
  } catch (e) {
    if (e instanceof StoreUnavailableError) return answer(503, "the report could not be stored", { "retry-after": String(e.retryAfterSeconds) });
    console.error(`CSP reports: could not store a count (${e instanceof Error ? e.message : String(e)})`);
    return answer(503, "the report could not be stored", { "retry-after": "5" });
  }
  return answer(204);
}
