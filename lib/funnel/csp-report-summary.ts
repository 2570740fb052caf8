import type { CspViolationRow } from "./csp-counts";

export type CspViolationLine = { directive: string; blocked: string; count: number };

/** A period's CSP violation counts added up per (directive, blocked), most reported first. */
export function sumCspViolations(rows: readonly CspViolationRow[]): CspViolationLine[] {
  const sums = new Map<string, CspViolationLine>();
  for (const r of rows) {
    const id = JSON.stringify([r.directive, r.blocked]);
    const line = sums.get(id);
    if (line) line.count += r.count;
    else sums.set(id, { directive: r.directive, blocked: r.blocked, count: r.count });
  }
  return [...sums.values()].sort((a, b) => b.count - a.count || a.directive.localeCompare(b.directive) || a.blocked.localeCompare(b.blocked));
}
