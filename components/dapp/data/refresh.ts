/** How often page data refreshes; block-level freshness is not needed for listings. */
export const PAGE_REFRESH_MS = 30_000;

/** While a page waits for the Session Network to witness a transaction (the simulator takes ~0.5 s, the real network minutes). */
export const WITNESS_POLL_MS = 2_000;

/** While a read has failed (RPC or staking backend down), it is tried again this often, so a page recovers by itself. */
export const FAULT_REFRESH_MS = 10_000;

/** A query's refresh interval: the normal one (false: none), or FAULT_REFRESH_MS while its last read failed. */
export function refreshInterval(query: { state: { status: string } }, normalMs: number | false = PAGE_REFRESH_MS): number | false {
  return query.state.status === "error" ? FAULT_REFRESH_MS : normalMs;
}
