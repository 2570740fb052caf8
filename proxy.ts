/**
 * Next's proxy (the middleware of earlier versions): gives every page its Content-Security-Policy,
 * computed at request time for the target this server runs (lib/security/policy-for-request.ts).
 * Pages rendered per request get a fresh nonce, passed to Next on the request's own CSP header
 * (Next reads it there and puts it on its scripts) and as x-nonce for any component that needs it.
 * The policy reports violations to /api/csp-report (report-uri, and report-to with the
 * Reporting-Endpoints header set here). The other security headers are static and set in
 * next.config.mjs.
 */
import { NextResponse, type NextRequest } from "next/server";
import { loadServerTarget } from "@/lib/chain/server-target";
import { editorConnectSources } from "@/lib/editor/csp-sources";
import { browserSourcesFor } from "@/lib/security/connect-sources";
import { createNonce, REPORTING_ENDPOINTS } from "@/lib/security/csp";
import { loadCspManifest } from "@/lib/security/csp-manifest";
import { policyForRequest } from "@/lib/security/policy-for-request";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/log/request-id";

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  const dev = process.env.NODE_ENV !== "production";
  // the target decides connect-src; a misconfigured one (the dApp shows why) may connect nowhere
  const loaded = await loadServerTarget(undefined, { checkRpcChain: false });
  const sources = browserSourcesFor(loaded.ok ? loaded.target.public : null);
  // the browser editor in GitHub mode talks to GitHub's API (lib/editor/csp-sources.ts); on /keystatic only
  sources.connect.push(...editorConnectSources(pathname));
  const { policy, nonce } = policyForRequest({ pathname, manifest: dev ? null : loadCspManifest(), sources, dev, nonce: createNonce });
  const requestHeaders = new Headers(request.headers);
  // one id per request for the server's log lines (nginx's $request_id when it set one)
  const requestId = requestIdFrom(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  if (nonce) {
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("content-security-policy", policy);
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  response.headers.set("reporting-endpoints", REPORTING_ENDPOINTS);
  return response;
}

export const config = {
  matcher: [
    // Next's hashed assets and our images need no policy of their own; every page and RSC payload
    // does (a prefetched document included: it may become the page). Route handlers are left out:
    // the proxy would buffer their request bodies (up to proxyClientMaxBodySize, then read the rest
    // to the end) before they could refuse a large one; /api/* gets its policy from next.config.mjs
    // and /admin/funnel sets its own
    "/((?!_next/static|_next/image|images/|api/|admin/).*)",
  ],
};
