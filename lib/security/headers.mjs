// @ts-check
/**
 * The static security headers of every response, set by next.config.mjs. The pages' Content-Security-Policy
 * is not here: it depends on the request (a nonce for pages rendered per request, the build's hashes
 * for static pages, connect-src for the target the server runs) and is set by proxy.ts
 * (lib/security/policy-for-request.ts).
 */
export function securityHeaders() {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    // frame-ancestors 'none' in the CSP says the same to current browsers
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin-allow-popups" },
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  ];
}

/**
 * Route handlers under /api answer JSON (or nothing): nothing may load in them, nothing may frame
 * them. The proxy, which gives pages their policy, does not run on /api (proxy.ts: it would buffer
 * request bodies), so this is their policy.
 */
export function apiHeaders() {
  return [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }];
}
