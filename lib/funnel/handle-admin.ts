import { z } from "zod";
import { adminTokenSetting, tokenMatches } from "./admin-token";
import { clientAddress } from "./client-address";
import { readBodyWithin } from "./event-body";
import type { RotatingRateLimiter } from "./rate-limit";
import { buildFunnelReport } from "./report";
import { adminLoginPage, adminReportPage } from "./report-html";
import { reportWindow } from "./report-window";
import { isSameOriginRequest } from "./same-origin";
import type { FunnelStore } from "./store";

export type FunnelAdminDeps = {
  store: () => Promise<FunnelStore>;
  /** Sign-in attempts per client (hashed, in memory), so the token cannot be guessed by brute force. */
  attempts: RotatingRateLimiter;
  env?: Record<string, string | undefined>;
  allowedOrigins?: readonly string[];
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
    },
  });
}

const notFound = () => new Response("Not Found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "x-robots-tag": "noindex" } });

async function report(deps: FunnelAdminDeps, days: number): Promise<Response> {
  const window = reportWindow(days, deps.now?.());
  const rows = await (await deps.store()).countsSince(window.sinceDay);
  return html(200, adminReportPage(buildFunnelReport(rows, window), days));
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
    if (!deps.attempts.take(clientAddress(request.headers))) return html(429, adminLoginPage("Too many attempts. Wait a few minutes."));
    return tokenMatches(bearer, setting.token) ? report(deps, 30) : html(401, adminLoginPage("That token is not right."));
  }
  if (request.method !== "POST") return new Response(null, { status: 405, headers: { allow: "GET, POST" } });
  if (!isSameOriginRequest(request.headers, deps.allowedOrigins)) return html(403, adminLoginPage("The form must be sent from this site."));
  if (!deps.attempts.take(clientAddress(request.headers))) return html(429, adminLoginPage("Too many attempts. Wait a few minutes."));
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/x-www-form-urlencoded")) return html(400, adminLoginPage("Send the token with the form."));
  const text = await readBodyWithin(request, FORM_MAX_BYTES);
  const form = formSchema.safeParse(Object.fromEntries(new URLSearchParams(text ?? "")));
  if (text === null || !form.success) return html(400, adminLoginPage("Send the token with the form."));
  if (!tokenMatches(form.data.token, setting.token)) return html(401, adminLoginPage("That token is not right.", form.data.days));
  return report(deps, form.data.days);
}
