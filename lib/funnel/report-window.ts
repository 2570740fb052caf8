import { daysBefore, utcDay } from "./counts";

/** The last `days` UTC days, today included: --days 30 means today and the 29 days before it. */
export function reportWindow(days: number, now: Date = new Date()): { sinceDay: string; untilDay: string } {
  const untilDay = utcDay(now);
  return { sinceDay: daysBefore(untilDay, days - 1), untilDay };
}
