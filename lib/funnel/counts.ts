import { z } from "zod";
import { FUNNEL_STEPS, type FunnelStep } from "./steps";

/**
 * What the funnel stores: how many times a step happened, per UTC day, page path and CTA. A row is
 * a sum over everyone; nothing in it tells visitors apart (no address, agent, referrer, time of day).
 */
export type CountKey = {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  step: FunnelStep;
  /** Page path with identifiers already replaced by [id] (lib/funnel/beacon.ts funnelPath). */
  path: string;
  /** The CTA's content id, or NO_CTA. */
  cta: string;
};

export type CountRow = CountKey & { count: number };

/** The cta column of a step that no CTA led to (a primary key column cannot hold NULL). */
export const NO_CTA = "";

export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The UTC day of an instant: the only time the funnel keeps. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The UTC day `days` days before `day` (YYYY-MM-DD arithmetic without local time zones). */
export function daysBefore(day: string, days: number): string {
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() - days);
  return utcDay(at);
}

/** One stored row as a database driver returns it: checked, because storage is a boundary too. */
export const countRowSchema = z.object({
  day: z.string().regex(DAY_PATTERN),
  step: z.enum(FUNNEL_STEPS),
  path: z.string(),
  cta: z.string(),
  // PostgreSQL returns bigint as a string
  count: z.coerce.number().int().positive(),
});

/** Adds up rows that share a key (several days into one window, or events into a batch). */
export function sumByKey<K extends keyof CountKey>(rows: readonly CountRow[], keys: readonly K[]): (Pick<CountKey, K> & { count: number })[] {
  const sums = new Map<string, Pick<CountKey, K> & { count: number }>();
  for (const row of rows) {
    const picked = Object.fromEntries(keys.map((k) => [k, row[k]])) as Pick<CountKey, K>;
    const id = JSON.stringify(keys.map((k) => row[k]));
    const sum = sums.get(id);
    if (sum) sum.count += row.count;
    else sums.set(id, { ...picked, count: row.count });
  }
  return [...sums.values()];
}
