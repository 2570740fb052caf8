import pg from "pg";
import { countRowSchema, type CountKey, type CountRow } from "./counts";
import { MIGRATIONS } from "./migrations/in-order";
import { pendingMigrations } from "./migrations/pending";
import type { FunnelStore } from "./store";

/** Any constant: servers that start together take this lock in turn, so only one migrates. */
const MIGRATION_LOCK = 0x5e55_f0e1;

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query("CREATE TABLE IF NOT EXISTS funnel_schema_migrations (version integer PRIMARY KEY, name text NOT NULL)");
    const applied = new Set((await client.query<{ version: number }>("SELECT version FROM funnel_schema_migrations")).rows.map((r) => r.version));
    for (const m of pendingMigrations(MIGRATIONS, applied)) {
      await client.query(m.postgres);
      await client.query("INSERT INTO funnel_schema_migrations (version, name) VALUES ($1, $2)", [m.version, m.name]);
    }
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

/**
 * The several-servers adapter: PostgreSQL through a small pool. Every increment is one atomic
 * upsert, so any number of servers can count into the same table.
 */
export async function openPostgresFunnelStore(connectionString: string): Promise<FunnelStore> {
  const pool = new pg.Pool({ connectionString, max: 5, idleTimeoutMillis: 30_000 });
  // an idle client's connection dropping must not crash the server; the next query reconnects
  pool.on("error", (e: Error & { code?: string }) => console.error(`funnel: PostgreSQL connection lost (${e.code ?? e.name})`));
  try {
    await migrate(pool);
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw e;
  }
  return {
    description: "postgres",
    async increment(key: CountKey, by = 1) {
      await pool.query(
        `INSERT INTO funnel_daily_counts (day, step, path, cta, count) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (day, step, path, cta) DO UPDATE SET count = funnel_daily_counts.count + excluded.count`,
        [key.day, key.step, key.path, key.cta, by],
      );
    },
    async countsSince(sinceDay: string): Promise<CountRow[]> {
      const result = await pool.query("SELECT to_char(day, 'YYYY-MM-DD') AS day, step, path, cta, count FROM funnel_daily_counts WHERE day >= $1::date", [sinceDay]);
      return result.rows.map((row: unknown) => countRowSchema.parse(row));
    },
    async close() {
      await pool.end();
    },
  };
}
