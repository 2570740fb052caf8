import type { CountKey, CountRow } from "./counts";

/**
 * Where the counts live. Two adapters implement it (sqlite-store.ts for one machine,
 * postgres-store.ts for several servers) and pass the same test suite
 * (test/support/funnel-store-suite.ts). Counts only: an adapter has nowhere to put anything else.
 */
export interface FunnelStore {
  /** Which adapter, for messages ("sqlite /path/file", "postgres"). Never holds a password. */
  readonly description: string;
  /** Adds `by` (default 1) to one (day, step, path, cta) count, atomically. */
  increment(key: CountKey, by?: number): Promise<void>;
  /** Every count from `sinceDay` (YYYY-MM-DD, inclusive) on, in no particular order. */
  countsSince(sinceDay: string): Promise<CountRow[]>;
  /** Releases the file or the connection pool. */
  close(): Promise<void>;
}
