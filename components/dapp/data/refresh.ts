/** How often page data refreshes; block-level freshness is not needed for listings. */
export const PAGE_REFRESH_MS = 30_000;

/** While a page waits for the Session Network to witness a transaction (the simulator takes ~0.5 s, the real network minutes). */
export const WITNESS_POLL_MS = 2_000;
