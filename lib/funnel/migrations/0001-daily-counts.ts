import type { Migration } from "./migration";

/**
 * The only table: one count per UTC day, step, page path and CTA id ('' when none). There is no
 * column for anything about a visitor, and no row id or timestamp that could order events.
 */
export const migration0001: Migration = {
  version: 1,
  name: "daily counts",
  sqlite: `
    CREATE TABLE funnel_daily_counts (
      day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      step TEXT NOT NULL,
      path TEXT NOT NULL,
      cta TEXT NOT NULL DEFAULT '',
      count INTEGER NOT NULL CHECK (count > 0),
      PRIMARY KEY (day, step, path, cta)
    ) WITHOUT ROWID;
  `,
  postgres: `
    CREATE TABLE funnel_daily_counts (
      day date NOT NULL,
      step text NOT NULL,
      path text NOT NULL,
      cta text NOT NULL DEFAULT '',
      count bigint NOT NULL CHECK (count > 0),
      PRIMARY KEY (day, step, path, cta)
    );
  `,
};
