/** How often page data refreshes; block-level freshness is not needed for listings. */
export const PAGE_REFRESH_MS = 30_000;
