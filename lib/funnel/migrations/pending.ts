import type { Migration } from "./migration";

/** The migrations not applied yet, in order; throws if the list itself is out of order or has gaps. */
export function pendingMigrations(all: readonly Migration[], applied: ReadonlySet<number>): Migration[] {
  all.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`funnel migrations must be numbered 1, 2, 3… in order; found version ${m.version} at position ${i + 1}`);
  });
  const newest = all.length;
  for (const v of applied) if (v > newest) throw new Error(`the funnel database has migration ${v}, newer than this code knows (${newest}): deploy the newer code`);
  return all.filter((m) => !applied.has(m.version));
}
