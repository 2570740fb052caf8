/**
 * The Content-Security-Policy, assembled in one place so it is reviewed as a whole. script-src never
 * holds 'unsafe-inline' and, outside `next dev`, never 'unsafe-eval': inline scripts run only with
 * this request's nonce (pages rendered per request, proxy.ts) or by their SHA-256 (static pages,
 * from the build's manifest). connect-src is what the browser of this target talks to (see
 * connect-sources.ts); everything else is our own origin plus the embeds a feature loads after a click.
 */

/** Where browsers send violation reports (app/api/csp-report): both report-uri and report-to name it. */
export const CSP_REPORT_PATH = "/api/csp-report";
/** The Reporting API's endpoint group that `report-to` names, declared by REPORTING_ENDPOINTS. */
const CSP_REPORT_GROUP = "csp";
/** The Reporting-Endpoints header every page gets with its policy (proxy.ts). */
export const REPORTING_ENDPOINTS = `${CSP_REPORT_GROUP}="${CSP_REPORT_PATH}"`;

export type PagePolicyInput = {
  /** 'nonce-…' and/or 'sha256-…' sources for this response's inline scripts */
  inlineScriptSources: readonly string[];
  connectSources: readonly string[];
  frameSources: readonly string[];
  dev: boolean;
  /**
   * Whether inline <style> elements may apply: only on pages that may open the wallet dialog
   * (RainbowKit's theme and its scroll lock insert <style> elements whose text varies by device,
   * so no hash can name them) and under `next dev`. Style attributes are allowed everywhere.
   */
  inlineStyleElements: boolean;
};

/**
 * 'unsafe-inline' for styles, narrowed to what needs it (README, Security): style attributes in the
 * server's HTML (the hero's gradient in components/site/Hero.tsx, the progress bars' widths in
 * components/dapp/ui/States.tsx) on every page; <style> elements only where inlineStyleElements says.
 * Neither can run code; an injected <style> could read attribute values out through selectors and
 * url(), which img-src and connect-src already keep on our origin, and the marketing pages refuse it.
 */
function styleDirectives(inlineStyleElements: boolean): [string, string][] {
  if (inlineStyleElements) return [["style-src", "'self' 'unsafe-inline'"]];
  return [
    ["style-src", "'self'"],
    ["style-src-attr", "'unsafe-inline'"],
  ];
}

export function pagePolicy(input: PagePolicyInput): string {
  const directives: [string, string][] = [
    ["default-src", "'self'"],
    // React's dev build evaluates code for its call stacks; production never does
    ["script-src", ["'self'", ...input.inlineScriptSources, ...(input.dev ? ["'unsafe-eval'"] : [])].join(" ")],
    ...styleDirectives(input.inlineStyleElements),
    ["img-src", "'self' data: blob:"],
    ["font-src", "'self'"],
    ["connect-src", ["'self'", ...input.connectSources, ...(input.dev ? ["ws://localhost:*", "ws://127.0.0.1:*"] : [])].join(" ")],
    ["frame-src", input.frameSources.join(" ") || "'none'"],
    ["worker-src", "'self' blob:"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    // report-to for current browsers (Reporting-Endpoints); report-uri for those without the Reporting API
    ["report-uri", CSP_REPORT_PATH],
    ["report-to", CSP_REPORT_GROUP],
  ];
  return directives.map(([k, v]) => `${k} ${v}`).join("; ");
}

/** A fresh, unguessable nonce per response: 16 random bytes, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
