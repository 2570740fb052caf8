import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { describeFunnelStore } from "@/test/support/funnel-store-suite";
import { startTempPostgres, type TempPostgres } from "@/test/support/postgres-server";
import { RotatingRateLimiter } from "@/lib/http/rate-limit";
import { Backoff } from "./backoff";
import { handleFunnelEvent, type FunnelEventDeps } from "./handle-event";
import { openPostgresFunnelStore } from "./postgres-store";
import { buildFunnelVocabulary } from "./vocabulary";

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

const vocabulary = buildFunnelVocabulary({ ctaIds: [], staticPaths: ["/"], postSlugs: [], tags: [] });
const DAY = "2026-03-04";

function beacon(): Request {
  return new Request("http://127.0.0.1:3000/api/funnel", {
    method: "POST",
    headers: { "content-type": "text/plain;charset=UTF-8", "sec-fetch-site": "same-origin", "x-session-peer-address": "192.0.2.1" },
    body: JSON.stringify({ step: "landing", path: "/" }),
  });
}

async function timed(deps: FunnelEventDeps): Promise<{ status: number; ms: number; retryAfter: string | null }> {
  const started = performance.now();
  const res = await handleFunnelEvent(beacon(), deps);
  return { status: res.status, ms: performance.now() - started, retryAfter: res.headers.get("retry-after") };
}

async function countedInDatabase(url: string): Promise<number> {
  const rows = await query<{ n: string | null }>(url, "SELECT sum(count) AS n FROM funnel_daily_counts");
  return Number(rows[0]?.n ?? 0);
}

/**
 * The funnel with its PostgreSQL server stopped in the middle of a run and started again: while it
 * is down every beacon is answered 503 at once (no wait on a connection), and counting resumes by
 * itself when it is back, with nothing counted twice or lost beyond the refused beacons.
 */
describe("the funnel while PostgreSQL is down", () => {
  it("answers 503 at once while it is down, and counts again when it is back", async () => {
    await query(server.url, "CREATE DATABASE funnel_outage");
    const url = server.urlFor("funnel_outage");
    const opened = await openPostgresFunnelStore(url, { backoff: new Backoff({ initialMs: 200, maxMs: 1_000 }) });
    onTestFinished(() => opened.close().catch(() => undefined));
    const deps: FunnelEventDeps = { store: async () => opened, vocabulary: async () => vocabulary, limiter: new RotatingRateLimiter({ perClient: 10_000, total: 10_000, windowMs: 60_000 }), now: () => new Date(`${DAY}T10:00:00Z`) };
    for (let i = 0; i < 3; i++) expect((await timed(deps)).status).toBe(204);

    await server.halt();
    const during = [];
    for (let i = 0; i < 30; i++) during.push(await timed(deps));
    expect(during.map((r) => r.status)).toEqual(Array(30).fill(503));
    expect(during.every((r) => /^\d+$/.test(r.retryAfter ?? ""))).toBe(true);
    // at once: no beacon waits on a connection attempt (the first ones find the refused socket, the rest the backoff)
    expect(Math.max(...during.map((r) => r.ms))).toBeLessThan(1_000);

    server.resume();
    // counting resumes by itself within the backoff's longest period (1 s here, 30 s by default)
    let first: number | undefined;
    const until = Date.now() + 20_000;
    while (Date.now() < until) {
      if ((await timed(deps)).status === 204) {
        first = Date.now();
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(first, "counting resumed").toBeDefined();
    for (let i = 0; i < 2; i++) expect((await timed(deps)).status).toBe(204);
    // 3 before, 1 that found it back, 2 after: the refused ones were not counted
    expect(await countedInDatabase(url)).toBe(6);
  });
});
