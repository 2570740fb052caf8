import type { CountKey, CountRow } from "./counts";
import type { CspViolationKey, CspViolationRow } from "./csp-counts";

/**
 * Where the counts live: the funnel's steps and the CSP violation reports. Two adapters implement
 * it (sqlite-store.ts for one machine, postgres-store.ts for several servers) and pass the same test
 * suite (test/support/funnel-store-suite.ts). Counts only: an adapter has nowhere to put anything else.
 */
export interface FunnelStore {
  /** Which adapter, for messages ("sqlite /path/file", "postgres"). Never holds a password. */
  readonly description: string;
  /** Adds `by` (default 1) to one (day, step, path, cta) count, atomically. */
  increment(key: CountKey, by?: number): Promise<void>;
  /** Every count from `sinceDay` (YYYY-MM-DD, inclusive) on, in no particular order. */
  countsSince(sinceDay: string): Promise<CountRow[]>;
  /** Adds `by` (default 1) to one (day, directive, blocked) CSP violation count, atomically. */
  incrementCspViolation(key: CspViolationKey, by?: number): Promise<void>;
  /** Every CSP violation count from `sinceDay` on, in no particular order. */
  cspViolationsSince(sinceDay: string): Promise<CspViolationRow[]>;
  /** Releases the file or the connection pool. */
  close(): Promise<void>;
}
