import { describe, expect, it } from "vitest";
import type { Migration } from "./migrations/migration";
import { MIGRATIONS } from "./migrations/in-order";
import { pendingMigrations } from "./migrations/pending";
import { funnelStoreConfig } from "./store-config";

describe("which store", () => {
  it("SQLite under .data/ by default, FUNNEL_SQLITE_PATH to move it, PostgreSQL when DATABASE_URL is set", () => {
    expect(funnelStoreConfig({}, "/srv/app")).toEqual({ kind: "sqlite", file: "/srv/app/.data/funnel.sqlite" });
    expect(funnelStoreConfig({ FUNNEL_SQLITE_PATH: "/var/lib/funnel.db" }, "/srv/app")).toEqual({ kind: "sqlite", file: "/var/lib/funnel.db" });
    expect(funnelStoreConfig({ DATABASE_URL: "postgres://u:p@db:5432/site", FUNNEL_SQLITE_PATH: "x" })).toEqual({ kind: "postgres", url: "postgres://u:p@db:5432/site", poolMax: 5 });
    expect(funnelStoreConfig({ DATABASE_URL: "postgres://db/site", DATABASE_POOL_MAX: "20" })).toMatchObject({ poolMax: 20 });
    expect(funnelStoreConfig({ DATABASE_URL: "  " }, "/srv/app").kind).toBe("sqlite");
  });

  it("says what is wrong with a DATABASE_URL that is not PostgreSQL's", () => {
    expect(() => funnelStoreConfig({ DATABASE_URL: "mysql://db/site" })).toThrow("DATABASE_URL must be a postgres:// or postgresql:// URL");
  });
});

describe("migrations", () => {
  const m = (version: number): Migration => ({ version, name: `m${version}`, sqlite: "", postgres: "" });

  it("are numbered 1, 2, 3… in the list", () => {
    expect(MIGRATIONS.map((x) => x.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(() => pendingMigrations([m(1), m(3)], new Set())).toThrow("numbered 1, 2, 3");
  });

  it("only the ones not applied yet run, in order", () => {
    expect(pendingMigrations([m(1), m(2), m(3)], new Set([1])).map((x) => x.version)).toEqual([2, 3]);
    expect(pendingMigrations([m(1)], new Set([1]))).toEqual([]);
  });

  it("a database migrated by newer code is not touched by older code", () => {
    expect(() => pendingMigrations([m(1)], new Set([1, 2]))).toThrow("newer than this code knows");
  });
});
