/**
 * Which policy a page gets (route handlers are not the proxy's: next.config.mjs gives /api/* its own
 * policy, and the admin page sets one for itself). Static pages of the build (named
 * in the CSP manifest): their own inline scripts' hashes. Everything else is rendered per request
 * (the dApp, and every page under `next dev`): a fresh nonce, which Next puts on its own scripts,
 * plus the hashes of the theme script (ours, in the root layout, which Next does not nonce) and of
 * the static 404 page (served for unknown paths). connect-src is the same on every page, because
 * a client-side navigation keeps the policy of the page it started from.
 */
import { THEME_SCRIPT } from "@/components/site/theme-script-source";
import type { CspManifest } from "./csp-manifest";
import { pagePolicy } from "./csp";
import type { BrowserSources } from "./connect-sources";
import { scriptHashSource } from "./inline-scripts";

const THEME_SCRIPT_HASH = scriptHashSource(THEME_SCRIPT);

export type RequestPolicy = { policy: string; nonce: string | null };

export function policyForRequest(input: {
  pathname: string;
  manifest: CspManifest | null;
  sources: BrowserSources;
  dev: boolean;
  nonce: () => string;
}): RequestPolicy {
  const { pathname, manifest, sources, dev } = input;
  const base = { connectSources: sources.connect, frameSources: sources.frame, dev };
  const staticHashes = dev ? undefined : manifest?.routes[pathname];
  // a static page (marketing, the 404) never opens the wallet dialog: no inline <style> may apply
  if (staticHashes) return { policy: pagePolicy({ ...base, inlineStyleElements: false, inlineScriptSources: [...new Set([THEME_SCRIPT_HASH, ...staticHashes])] }), nonce: null };
  const nonce = input.nonce();
  const notFound = manifest?.routes["/_not-found"] ?? [];
  return { policy: pagePolicy({ ...base, inlineStyleElements: true, inlineScriptSources: [`'nonce-${nonce}'`, ...new Set([THEME_SCRIPT_HASH, ...notFound])] }), nonce };
}
