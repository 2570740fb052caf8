import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { describeFunnelStore } from "@/test/support/funnel-store-suite";
import { startTempPostgres, type TempPostgres } from "@/test/support/postgres-server";
import { openPostgresFunnelStore } from "./postgres-store";

/** A real PostgreSQL server of its own (test/support/postgres-server.ts), one fresh database per test. */
let server: TempPostgres;
let databases = 0;

beforeAll(async () => {
  server = await startTempPostgres({ lifetimeMs: 5 * 60_000 });
});

afterAll(async () => {
  await server?.stop();
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describeFunnelStore("PostgreSQL (pg)", async () => {
  const name = `funnel_test_${++databases}`;
  await query(server.url, `CREATE DATABASE ${name}`);
  const url = server.urlFor(name);
  let store = await openPostgresFunnelStore(url);
  return {
    store,
    async reopen() {
      store = await openPostgresFunnelStore(url);
      return store;
    },
    async schema() {
      const rows = await query<{ table_name: string; column_name: string }>(url, "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, column_name");
      const out: Record<string, string[]> = {};
      for (const r of rows) (out[r.table_name] ??= []).push(r.column_name);
      return out;
    },
    async migrations() {
      return (await query<{ version: number }>(url, "SELECT version FROM funnel_schema_migrations ORDER BY version")).map((r) => r.version);
    },
    async dump() {
      // every row of every table in the database, whatever its columns
      const tables = await query<{ table_name: string }>(url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
      const parts: string[] = [];
      for (const t of tables) parts.push(JSON.stringify(await query(url, `SELECT * FROM ${pg.escapeIdentifier(t.table_name)}`)));
      return parts.join("\n");
    },
    async dispose() {
      await store.close().catch(() => undefined);
      await query(server.url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
});
