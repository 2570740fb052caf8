/**
 * The site's address and its routes. Pure constants (plus one URL helper) so that marketing pages,
 * metadata, JSON-LD, the sitemap and the tests agree on them. The site's name, navigation and every
 * other word are content (content/site.yaml, lib/content/page-content.ts).
 */

/** Canonical origin of the site, without a trailing slash. Override with NEXT_PUBLIC_SITE_URL. */
export const SITE_URL: string = (process.env.NEXT_PUBLIC_SITE_URL ?? "https://token.getsession.org").replace(/\/+$/, "");

/** Absolute URL for a site path ("/blog/x" -> "https://token.getsession.org/blog/x"). */
export function absoluteUrl(path: string = "/"): string {
  if (/^https?:\/\//.test(path)) return path;
  const p = path.startsWith("/") ? path : `/${path}`;
  return p === "/" ? SITE_URL : `${SITE_URL}${p}`;
}

/**
 * Every public page that is not generated from a collection (posts and tag pages are added from
 * content). The sitemap, the e2e route tests and the bundle-ratio script all read this list.
 */
export const STATIC_ROUTES = [
  "/",
  "/token",
  "/network",
  "/staking",
  "/blog",
  "/tv",
  "/faq",
  "/legal/terms",
  "/legal/privacy",
  "/stake",
] as const;

/** The marketing routes (everything above except the dApp). */
export const MARKETING_ROUTES = STATIC_ROUTES.filter((r) => r !== "/stake");
