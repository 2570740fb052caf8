import { z } from "zod";
import { adminTokenSetting, tokenMatches } from "./admin-token";
import { StoreUnavailableError } from "./backoff";
import { clientAddress } from "@/lib/http/client-address";
import { readTextWithin } from "@/lib/http/read-within";
import type { RotatingRateLimiter } from "@/lib/http/rate-limit";
import { sumCspViolations } from "./csp-report-summary";
import { buildFunnelReport } from "./report";
import { ADMIN_PAGE_POLICY, adminLoginPage, adminReportPage } from "./report-html";
import { reportWindow } from "./report-window";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import type { FunnelStore } from "./store";

export type FunnelAdminDeps = {
  store: () => Promise<FunnelStore>;
  /** Wrong tokens per client (hashed, in memory): a client that spent them waits, so the token cannot be guessed by brute force. */
  attempts: RotatingRateLimiter;
  env?: Record<string, string | undefined>;
  allowedOrigins?: readonly string[];
  /** TRUSTED_PROXY_HOPS: which address is the client's (lib/http/client-address.ts). */
  trustedProxyHops?: number;
  now?: () => Date;
};

const FORM_MAX_BYTES = 2048;

const formSchema = z.object({
  token: z.string().max(512),
  days: z.coerce.number().int().min(1).max(366).catch(30),
});

function html(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "x-robots-tag": "noindex, nofollow",
      "referrer-policy": "no-referrer",
      "content-security-policy": ADMIN_PAGE_POLICY,
    },
  });
}

const notFound = () => new Response("Not Found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "x-robots-tag": "noindex" } });

async function report(deps: FunnelAdminDeps, days: number): Promise<Response> {
  const window = reportWindow(days, deps.now?.());
  const store = await deps.store();
  const [rows, csp] = await Promise.all([store.countsSince(window.sinceDay), store.cspViolationsSince(window.sinceDay)]);
  return html(200, adminReportPage(buildFunnelReport(rows, window), days, sumCspViolations(csp)));
}

/**
 * GET /admin/funnel: the sign-in form (or, with `Authorization: Bearer <token>`, the report, for
 * scripts). POST: the form's token and period, answered by the report. Off (404) unless ADMIN_TOKEN
 * is set. The token travels only in a POST body or a header: never in a URL, a cookie or a log.
 */
export async function handleFunnelAdmin(request: Request, deps: FunnelAdminDeps): Promise<Response> {
  const setting = adminTokenSetting(deps.env);
  if (!setting.enabled) return notFound();
  if (request.method === "GET") {
    const bearer = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "")?.[1];
    if (bearer === undefined) return html(200, adminLoginPage());
    return signIn(request, deps, bearer, setting.token, 30);
  }
  if (request.method !== "POST") return new Response(null, { status: 405, headers: { allow: "GET, POST" } });
  if (!isSameOriginRequest(request.headers, deps.allowedOrigins)) return html(403, adminLoginPage("The form must be sent from this site."));
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/x-www-form-urlencoded")) return html(400, adminLoginPage("Send the token with the form."));
  const text = await readTextWithin(request, FORM_MAX_BYTES);
  const form = formSchema.safeParse(Object.fromEntries(new URLSearchParams(text ?? "")));
  if (text === null || !form.success) return html(400, adminLoginPage("Send the token with the form."));
  return signIn(request, deps, form.data.token, setting.token, form.data.days);
}

/** The report for the right token; a wrong one takes from the client's allowance of wrong tokens. */
async function signIn(request: Request, deps: FunnelAdminDeps, given: string, expected: string, days: number): Promise<Response> {
  const client = clientAddress(request.headers, deps.trustedProxyHops ?? 0);
  if (deps.attempts.isSpent(client)) return html(429, adminLoginPage("Too many wrong tokens. Wait a few minutes.", days));
  if (tokenMatches(given, expected)) {
    try {
      return await report(deps, days);
    } catch (e) {
      // the database is down (or refused the query): the page says so, the log says why
      if (!(e instanceof StoreUnavailableError)) console.error(`funnel admin: could not read the counts (${e instanceof Error ? e.message : String(e)})`);
      return html(503, adminLoginPage("The counts cannot be read right now: the database does not answer. Try again in a minute.", days));
    }
  }
  deps.attempts.take(client);
  return html(401, adminLoginPage("That token is not right.", days));
}
