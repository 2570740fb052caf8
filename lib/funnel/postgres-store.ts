import pg from "pg";
import { Backoff, StoreUnavailableError } from "./backoff";
import { countRowSchema, type CountKey, type CountRow } from "./counts";
import { cspViolationRowSchema, type CspViolationKey, type CspViolationRow } from "./csp-counts";
import { MIGRATIONS } from "./migrations/in-order";
import { pendingMigrations } from "./migrations/pending";
import type { FunnelStore } from "./store";

/** Any constant: servers that start together take this lock in turn, so only one migrates. */
const MIGRATION_LOCK = 0x5e55_f0e1;

/**
 * Every wait on the database is bounded, so a beacon is answered within seconds even when the
 * database hangs instead of refusing: a connection within 2 s, a statement within 3 s (the server
 * cancels it; the client gives up 1 s later if the server cannot even say so), a transaction left
 * idle for 10 s is ended by the server, an idle pooled connection is closed after 30 s.
 */
export const POSTGRES_TIMEOUTS = { connectMs: 2_000, statementMs: 3_000, queryMs: 4_000, idleInTransactionMs: 10_000, idleMs: 30_000 } as const;

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
 * Whether an error says the database cannot be reached or cannot answer now (as opposed to a
 * statement it refused): connection exceptions (SQLSTATE class 08), shutdowns (57P01-57P03), a
 * cancelled statement (57014, our statement timeout), too many connections (53300), the socket's
 * own errors, and the driver's timeouts.
 */
export function isUnavailableError(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  if (typeof code === "string" && (/^08/.test(code) || /^57P0[123]$/.test(code) || code === "57014" || code === "53300" || /^E(CONNREFUSED|CONNRESET|TIMEDOUT|PIPE|HOSTUNREACH|NETUNREACH|AI_AGAIN|NOTFOUND)$/.test(code))) return true;
  return /timeout|terminated|Connection (ended|closed)|not queryable/i.test(e.message);
}

export type PostgresStoreOptions = { poolMax?: number; backoff?: Backoff };

/**
 * The several-servers adapter: PostgreSQL through a small bounded pool. Every increment is one
 * atomic upsert, so any number of servers can count into the same table. While the database is
 * unreachable the store fails at once (StoreUnavailableError) instead of trying on every call, and
 * tries again with a growing backoff (backoff.ts); the pool reconnects by itself when it answers.
 */
export async function openPostgresFunnelStore(connectionString: string, options: PostgresStoreOptions = {}): Promise<FunnelStore> {
  const pool = new pg.Pool({
    connectionString,
    max: options.poolMax ?? 5,
    connectionTimeoutMillis: POSTGRES_TIMEOUTS.connectMs,
    idleTimeoutMillis: POSTGRES_TIMEOUTS.idleMs,
    statement_timeout: POSTGRES_TIMEOUTS.statementMs,
    query_timeout: POSTGRES_TIMEOUTS.queryMs,
    idle_in_transaction_session_timeout: POSTGRES_TIMEOUTS.idleInTransactionMs,
    keepAlive: true,
  });
  // an idle client's connection dropping must not crash the server; the next query reconnects
  pool.on("error", (e: Error & { code?: string }) => console.error(`funnel: PostgreSQL connection lost (${e.code ?? e.name})`));
  try {
    await migrate(pool);
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw e;
  }
  const backoff = options.backoff ?? new Backoff();

  async function guarded<T>(work: () => Promise<T>): Promise<T> {
    if (!backoff.attempt()) throw new StoreUnavailableError(backoff.secondsLeft());
    try {
      const result = await work();
      backoff.succeeded();
      return result;
    } catch (e) {
      if (isUnavailableError(e)) backoff.failed();
      throw e;
    }
  }

  return {
    description: "postgres",
    async increment(key: CountKey, by = 1) {
      await guarded(() =>
        pool.query(
          `INSERT INTO funnel_daily_counts (day, step, path, cta, count) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (day, step, path, cta) DO UPDATE SET count = funnel_daily_counts.count + excluded.count`,
          [key.day, key.step, key.path, key.cta, by],
        ),
      );
    },
    async countsSince(sinceDay: string): Promise<CountRow[]> {
      const result = await guarded(() => pool.query("SELECT to_char(day, 'YYYY-MM-DD') AS day, step, path, cta, count FROM funnel_daily_counts WHERE day >= $1::date", [sinceDay]));
      return result.rows.map((row: unknown) => countRowSchema.parse(row));
    },
    async incrementCspViolation(key: CspViolationKey, by = 1) {
      await guarded(() =>
        pool.query(
          `INSERT INTO csp_violation_counts (day, directive, blocked, count) VALUES ($1, $2, $3, $4)
           ON CONFLICT (day, directive, blocked) DO UPDATE SET count = csp_violation_counts.count + excluded.count`,
          [key.day, key.directive, key.blocked, by],
        ),
      );
    },
    async cspViolationsSince(sinceDay: string): Promise<CspViolationRow[]> {
      const result = await guarded(() => pool.query("SELECT to_char(day, 'YYYY-MM-DD') AS day, directive, blocked, count FROM csp_violation_counts WHERE day >= $1::date", [sinceDay]));
      return result.rows.map((row: unknown) => cspViolationRowSchema.parse(row));
    },
    async close() {
      await pool.end();
    },
  };
}
