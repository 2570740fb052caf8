import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { countRowSchema, type CountKey, type CountRow } from "./counts";
import { cspViolationRowSchema, type CspViolationKey, type CspViolationRow } from "./csp-counts";
import { MIGRATIONS } from "./migrations/in-order";
import { pendingMigrations } from "./migrations/pending";
import type { FunnelStore } from "./store";

/** Applies pending migrations, each in its own transaction with its version record. */
function migrate(db: Database.Database): void {
  db.exec("CREATE TABLE IF NOT EXISTS funnel_schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)");
  // BEGIN IMMEDIATE: two processes starting together take turns instead of both migrating
  const run = db.transaction(() => {
    const applied = new Set(db.prepare("SELECT version FROM funnel_schema_migrations").pluck().all() as number[]);
    for (const m of pendingMigrations(MIGRATIONS, applied)) {
      db.exec(m.sqlite);
      db.prepare("INSERT INTO funnel_schema_migrations (version, name) VALUES (?, ?)").run(m.version, m.name);
    }
  });
  run.immediate();
}

/**
 * The one-machine adapter: a SQLite file (created with its folder on first use) in WAL mode, so the
 * report can read while the server writes. better-sqlite3 is synchronous; an upsert takes
 * microseconds, so the event handler never waits on it in practice.
 */
export function openSqliteFunnelStore(file: string): FunnelStore {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL"); // with WAL: durable except the last moments before a power cut
  db.pragma("busy_timeout = 5000");
  migrate(db);
  const upsert = db.prepare(
    `INSERT INTO funnel_daily_counts (day, step, path, cta, count) VALUES (@day, @step, @path, @cta, @by)
     ON CONFLICT (day, step, path, cta) DO UPDATE SET count = count + excluded.count`,
  );
  const since = db.prepare("SELECT day, step, path, cta, count FROM funnel_daily_counts WHERE day >= ?");
  const upsertCsp = db.prepare(
    `INSERT INTO csp_violation_counts (day, directive, blocked, count) VALUES (@day, @directive, @blocked, @by)
     ON CONFLICT (day, directive, blocked) DO UPDATE SET count = count + excluded.count`,
  );
  const cspSince = db.prepare("SELECT day, directive, blocked, count FROM csp_violation_counts WHERE day >= ?");
  return {
    description: `sqlite ${file}`,
    async increment(key: CountKey, by = 1) {
      upsert.run({ ...key, by });
    },
    async countsSince(sinceDay: string): Promise<CountRow[]> {
      return since.all(sinceDay).map((row) => countRowSchema.parse(row));
    },
    async incrementCspViolation(key: CspViolationKey, by = 1) {
      upsertCsp.run({ ...key, by });
    },
    async cspViolationsSince(sinceDay: string): Promise<CspViolationRow[]> {
      return cspSince.all(sinceDay).map((row) => cspViolationRowSchema.parse(row));
    },
    async close() {
      db.close();
    },
  };
}
