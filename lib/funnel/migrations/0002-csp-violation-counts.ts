import type { Migration } from "./migration";

/**
 * CSP violation reports, counted like the funnel's steps: one count per UTC day, violated directive
 * and blocked origin (lib/funnel/csp-counts.ts). No column for a page, a visitor or a time of day.
 */
export const migration0002: Migration = {
  version: 2,
  name: "csp violation counts",
  sqlite: `
    CREATE TABLE csp_violation_counts (
      day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      directive TEXT NOT NULL,
      blocked TEXT NOT NULL,
      count INTEGER NOT NULL CHECK (count > 0),
      PRIMARY KEY (day, directive, blocked)
    ) WITHOUT ROWID;
  `,
  postgres: `
    CREATE TABLE csp_violation_counts (
      day date NOT NULL,
      directive text NOT NULL,
      blocked text NOT NULL,
      count bigint NOT NULL CHECK (count > 0),
      PRIMARY KEY (day, directive, blocked)
    );
  `,
};
