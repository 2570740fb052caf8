/**
 * What the funnel accepts: the CTA ids written in content/ and the site's page paths. The server
 * builds it at start from the content it serves; an event naming anything else is rejected, so
 * nobody can fill the counts with made-up pages or buttons.
 */
export type FunnelVocabulary = {
  ctaIds: ReadonlySet<string>;
  paths: ReadonlySet<string>;
};

/**
 * The dApp's routes as the beacon reports them (dynamic segments already [id]). A unit test keeps
 * this list equal to the pages under app/(dapp).
 */
export const DAPP_PATHS = ["/stake", "/stake/[id]", "/nodes", "/nodes/[id]", "/mystakes", "/address/[id]", "/register", "/register/[id]", "/watchlist"] as const;

export type VocabularySources = {
  ctaIds: Iterable<string>;
  /** Marketing routes that exist whatever the content (lib/site.ts STATIC_ROUTES). */
  staticPaths: Iterable<string>;
  postSlugs: Iterable<string>;
  tags: Iterable<string>;
};

export function buildFunnelVocabulary(sources: VocabularySources): FunnelVocabulary {
  const paths = new Set<string>([...sources.staticPaths, ...DAPP_PATHS]);
  for (const slug of sources.postSlugs) paths.add(`/blog/${slug}`);
  for (const tag of sources.tags) paths.add(`/blog/tags/${tag}`);
  return { ctaIds: new Set(sources.ctaIds), paths };
}
