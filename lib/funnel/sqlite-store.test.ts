import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { describeFunnelStore } from "@/test/support/funnel-store-suite";
import { openSqliteFunnelStore } from "./sqlite-store";

describeFunnelStore("SQLite (better-sqlite3)", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "funnel-sqlite-"));
  const file = path.join(dir, "nested", "funnel.sqlite"); // the folder does not exist yet
  let store = openSqliteFunnelStore(file);
  const inspect = <T>(read: (db: Database.Database) => T): T => {
    const db = new Database(file, { readonly: true });
    try {
      return read(db);
    } finally {
      db.close();
    }
  };
  return {
    store,
    async reopen() {
      store = openSqliteFunnelStore(file);
      return store;
    },
    async schema() {
      return inspect((db) => {
        const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
        return Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(t) as string[]).sort()]));
      });
    },
    async migrations() {
      return inspect((db) => db.prepare("SELECT version FROM funnel_schema_migrations ORDER BY version").pluck().all() as number[]);
    },
    async dump() {
      // the raw bytes of the database, its WAL and shared memory: whatever SQLite wrote anywhere
      const folder = path.dirname(file);
      const raw = readdirSync(folder).map((f) => readFileSync(path.join(folder, f)).toString("latin1"));
      return raw.join("\n");
    },
    async dispose() {
      await store.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe("SQLite specifics", () => {
  it("creates the file and its folder on first use, in WAL mode", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "funnel-sqlite-"));
    try {
      const file = path.join(dir, "a", "b", "funnel.sqlite");
      const store = openSqliteFunnelStore(file);
      await store.increment({ day: "2025-06-01", step: "landing", path: "/", cta: "" });
      const db = new Database(file);
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
      db.close();
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
