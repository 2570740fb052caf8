/**
 * Next's proxy (the middleware of earlier versions): gives every page its Content-Security-Policy,
 * computed at request time for the target this server runs (lib/security/policy-for-request.ts).
 * Pages rendered per request get a fresh nonce, passed to Next on the request's own CSP header
 * (Next reads it there and puts it on its scripts) and as x-nonce for any component that needs it.
 * The other security headers are static and set in next.config.mjs.
 */
import { NextResponse, type NextRequest } from "next/server";
import { loadServerTarget } from "@/lib/chain/server-target";
import { editorConnectSources } from "@/lib/editor/csp-sources";
import { browserSourcesFor } from "@/lib/security/connect-sources";
import { createNonce } from "@/lib/security/csp";
import { loadCspManifest } from "@/lib/security/csp-manifest";
import { policyForRequest } from "@/lib/security/policy-for-request";

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  const dev = process.env.NODE_ENV !== "production";
  const isApi = pathname === "/api" || pathname.startsWith("/api/");
  // the target decides connect-src; a misconfigured one (the dApp shows why) may connect nowhere
  const loaded = isApi ? null : await loadServerTarget(process.env, { checkRpcChain: false });
  const sources = browserSourcesFor(loaded?.ok ? loaded.target.public : null);
  // the browser editor in GitHub mode talks to GitHub's API (lib/editor/csp-sources.ts); on /keystatic only
  sources.connect.push(...editorConnectSources(pathname));
  const { policy, nonce } = policyForRequest({ pathname, manifest: dev ? null : loadCspManifest(), sources, dev, nonce: createNonce });
  const requestHeaders = new Headers(request.headers);
  if (nonce) {
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("content-security-policy", policy);
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: [
    // Next's hashed assets and our images need no policy of their own; every page, route handler
    // and RSC payload does (a prefetched document included: it may become the page)
    "/((?!_next/static|_next/image|images/).*)",
  ],
};
