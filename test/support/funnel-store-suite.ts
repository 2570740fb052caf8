/**
 * The test suite every funnel store adapter must pass (lib/funnel/sqlite-store.test.ts and
 * postgres-store.test.ts run it): schema and migrations, counting, concurrency, and the event
 * handler on top of the adapter (rejections store nothing, a 1,000-event burst adds up, nothing
 * about a visitor reaches storage or the logs).
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { handleFunnelEvent, type FunnelEventDeps } from "@/lib/funnel/handle-event";
import { handleCspReport } from "@/lib/security/handle-csp-report";
import { RotatingRateLimiter } from "@/lib/http/rate-limit";
import type { FunnelStore } from "@/lib/funnel/store";
import { buildFunnelVocabulary } from "@/lib/funnel/vocabulary";

export type StoreUnderTest = {
  store: FunnelStore;
  /** The same database opened again, as after a restart. */
  reopen(): Promise<FunnelStore>;
  /** Every table with its columns, sorted. */
  schema(): Promise<Record<string, string[]>>;
  /** Applied migration versions. */
  migrations(): Promise<number[]>;
  /** Everything the database holds, as text: every row of every table (SQLite: its files' raw bytes too). */
  dump(): Promise<string>;
  /** Closes whatever is still open and removes the database. */
  dispose(): Promise<void>;
};

const DAY = "2025-06-01";
const key = (over: Partial<{ day: string; step: "landing" | "explainer" | "cta_click"; path: string; cta: string }> = {}) => ({ day: DAY, step: "landing" as const, path: "/", cta: "", ...over });

/** What a browser would send along, that must never be stored: the probe strings the scan looks for. */
const VISITOR = {
  address: "203.0.113.77",
  userAgent: "Mozilla/5.0 (X11; Linux x86_64) FunnelProbe/9.9 UniqueAgentString",
  referrer: "https://referrer.example/secret-referrer-path",
  cookie: "session=cookie-secret-0f0f",
};

const vocabulary = buildFunnelVocabulary({ ctaIds: ["home-hero-stake", "home-hero-how-staking-works"], staticPaths: ["/", "/staking", "/token"], postSlugs: [], tags: [] });

function beacon(body: unknown, { from = VISITOR.address, headers = {} }: { from?: string; headers?: Record<string, string> } = {}): Request {
  return new Request("http://127.0.0.1:3000/api/funnel", {
    method: "POST",
    headers: {
      "content-type": "text/plain;charset=UTF-8",
      "sec-fetch-site": "same-origin",
      origin: "http://127.0.0.1:3000",
      host: "127.0.0.1:3000",
      "x-session-peer-address": from,
      "user-agent": VISITOR.userAgent,
      referer: VISITOR.referrer,
      cookie: VISITOR.cookie,
      ...headers,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

function depsFor(store: FunnelStore, limits = { perClient: 1_000, total: 100_000 }): FunnelEventDeps {
  return {
    store: async () => store,
    vocabulary: async () => vocabulary,
    limiter: new RotatingRateLimiter({ ...limits, windowMs: 60_000 }),
    now: () => new Date(`${DAY}T12:34:56Z`),
  };
}

const sum = (rows: { count: number }[]) => rows.reduce((s, r) => s + r.count, 0);

export function describeFunnelStore(name: string, fresh: () => Promise<StoreUnderTest>): void {
  describe(`funnel store: ${name}`, () => {
    let current: StoreUnderTest | undefined;
    const open = async () => (current = await fresh());
    afterEach(async () => {
      vi.restoreAllMocks();
      await current?.dispose();
      current = undefined;
    });

    it("creates its schema on first use: tables of counts with no column for anyone, and the migration record", async () => {
      const db = await open();
      expect(await db.schema()).toEqual({
        csp_violation_counts: ["blocked", "count", "day", "directive"],
        funnel_daily_counts: ["count", "cta", "day", "path", "step"],
        funnel_schema_migrations: ["name", "version"],
      });
      expect(await db.migrations()).toEqual([1, 2]);
    });

    it("applies each migration once: reopening keeps the counts and the schema", async () => {
      const db = await open();
      await db.store.increment(key(), 3);
      await db.store.close();
      const again = await db.reopen();
      expect(await db.migrations()).toEqual([1, 2]);
      expect(await again.countsSince(DAY)).toEqual([{ ...key(), count: 3 }]);
    });

    it("adds up per (day, step, path, cta) and reads from a day on", async () => {
      const { store } = await open();
      await store.increment(key());
      await store.increment(key());
      await store.increment(key({ step: "cta_click", cta: "home-hero-stake" }), 5);
      await store.increment(key({ day: "2025-05-31" }));
      const rows = await store.countsSince(DAY);
      expect(rows.sort((a, b) => a.step.localeCompare(b.step))).toEqual([
        { ...key({ step: "cta_click", cta: "home-hero-stake" }), count: 5 },
        { ...key(), count: 2 },
      ]);
      expect(sum(await store.countsSince("2025-05-01"))).toBe(8);
      expect(await store.countsSince("2025-06-02")).toEqual([]);
    });

    it("loses no increment when 1,000 land at once", async () => {
      const { store } = await open();
      await Promise.all(Array.from({ length: 1_000 }, (_, i) => store.increment(key({ path: i % 2 ? "/" : "/staking", step: i % 2 ? "landing" : "explainer" }))));
      const rows = await store.countsSince(DAY);
      expect(rows.map((r) => r.count).sort()).toEqual([500, 500]);
    });

    it("counts CSP violations per (day, directive, blocked origin)", async () => {
      const { store } = await open();
      const v = { day: DAY, directive: "script-src-elem", blocked: "https://evil.example" };
      await store.incrementCspViolation(v);
      await store.incrementCspViolation(v, 2);
      await store.incrementCspViolation({ ...v, blocked: "inline" });
      await store.incrementCspViolation({ ...v, day: "2025-05-31" });
      const rows = await store.cspViolationsSince(DAY);
      expect(rows.sort((a, b) => a.blocked.localeCompare(b.blocked))).toEqual([
        { ...v, count: 3 },
        { ...v, blocked: "inline", count: 1 },
      ]);
      expect(sum(await store.cspViolationsSince("2025-05-01"))).toBe(5);
    });

    it("behind the CSP report endpoint: a report adds one count and stores nothing else of it or of the visitor", async () => {
      const db = await open();
      const logged = (["log", "info", "warn", "error", "debug"] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => undefined));
      const report = {
        "csp-report": {
          "document-uri": "https://token.getsession.org/stake?secret-query=1",
          referrer: VISITOR.referrer,
          "effective-directive": "script-src-elem",
          "blocked-uri": "https://evil.example/steal.js?token=leak-42",
          "source-file": "https://token.getsession.org/secret-source.js",
          "script-sample": "alert('sample-probe')",
        },
      };
      const request = new Request("http://127.0.0.1:3000/api/csp-report", {
        method: "POST",
        headers: { "content-type": "application/csp-report", "x-session-peer-address": VISITOR.address, "user-agent": VISITOR.userAgent, cookie: VISITOR.cookie },
        body: JSON.stringify(report),
      });
      const deps = { store: async () => db.store, limiter: new RotatingRateLimiter({ perClient: 10, total: 100, windowMs: 60_000 }), now: () => new Date(`${DAY}T12:34:56Z`) };
      expect((await handleCspReport(request, deps)).status).toBe(204);
      expect(await db.store.cspViolationsSince(DAY)).toEqual([{ day: DAY, directive: "script-src-elem", blocked: "https://evil.example", count: 1 }]);
      const dump = await db.dump();
      for (const secret of [VISITOR.address, VISITOR.userAgent, "cookie-secret", "referrer.example", "secret-query", "steal.js", "leak-42", "secret-source", "sample-probe", "12:34"]) {
        expect(dump, `storage holds ${secret}`).not.toContain(secret);
      }
      expect(logged.flatMap((spy) => spy.mock.calls)).toEqual([]);
    });

    describe("behind the event handler", () => {
      it("counts a valid beacon once, with only the UTC day, step, path and CTA", async () => {
        const { store } = await open();
        const res = await handleFunnelEvent(beacon({ step: "cta_click", path: "/", cta: "home-hero-stake" }), depsFor(store));
        expect(res.status).toBe(204);
        expect(res.headers.get("set-cookie")).toBeNull();
        expect(await store.countsSince(DAY)).toEqual([{ day: DAY, step: "cta_click", path: "/", cta: "home-hero-stake", count: 1 }]);
      });

      it.each([
        ["malformed JSON", beacon("{not json"), 400],
        ["a JSON array", beacon([1, 2]), 400],
        ["an oversized body", beacon({ step: "landing", path: "/", pad: "x".repeat(600) }), 413],
        ["an unknown step", beacon({ step: "purchase", path: "/" }), 400],
        ["an unknown CTA", beacon({ step: "cta_click", path: "/", cta: "not-in-content" }), 400],
        ["a cta_click without its CTA", beacon({ step: "cta_click", path: "/" }), 400],
        ["a page that does not exist", beacon({ step: "cta_click", path: "/wp-admin", cta: "home-hero-stake" }), 400],
        ["a page view counted on another page", beacon({ step: "landing", path: "/token" }), 400],
        ["a field the beacon never sends (an id)", beacon({ step: "landing", path: "/", visitor: "abc-123" }), 400],
        ["the wrong content type", beacon({ step: "landing", path: "/" }, { headers: { "content-type": "application/json" } }), 400],
        ["a form post", beacon("step=landing&path=/", { headers: { "content-type": "application/x-www-form-urlencoded" } }), 400],
        ["a cross-site post (Sec-Fetch-Site)", beacon({ step: "landing", path: "/" }, { headers: { "sec-fetch-site": "cross-site", origin: "https://evil.example" } }), 403],
        ["a same-site post from another subdomain", beacon({ step: "landing", path: "/" }, { headers: { "sec-fetch-site": "same-site" } }), 403],
        ["a foreign Origin without Sec-Fetch-Site", new Request("http://127.0.0.1:3000/api/funnel", { method: "POST", headers: { origin: "https://evil.example", host: "127.0.0.1:3000" }, body: JSON.stringify({ step: "landing", path: "/" }) }), 403],
        ["no Origin and no Sec-Fetch-Site", new Request("http://127.0.0.1:3000/api/funnel", { method: "POST", headers: { host: "127.0.0.1:3000" }, body: JSON.stringify({ step: "landing", path: "/" }) }), 403],
      ])("rejects %s and stores nothing", async (_what, request, status) => {
        const { store } = await open();
        const res = await handleFunnelEvent(request, depsFor(store));
        expect(res.status).toBe(status);
        expect(await store.countsSince("2000-01-01")).toEqual([]);
      });

      it("drops, without storing, a beacon from a browser that sends DNT or Sec-GPC", async () => {
        const { store } = await open();
        for (const headers of [{ dnt: "1" }, { "sec-gpc": "1" }] as Record<string, string>[]) {
          expect((await handleFunnelEvent(beacon({ step: "landing", path: "/" }, { headers }), depsFor(store))).status).toBe(204);
        }
        expect(await store.countsSince("2000-01-01")).toEqual([]);
      });

      it("a burst of 1,000 events: each is counted or rate-limited, the totals add up, and the server keeps answering", async () => {
        const { store } = await open();
        const deps = depsFor(store, { perClient: 60, total: 100_000 });
        // ten client addresses sending 100 events each, all at once
        const responses = await Promise.all(Array.from({ length: 1_000 }, (_, i) => handleFunnelEvent(beacon({ step: "landing", path: "/" }, { from: `198.51.100.${i % 10}` }), deps)));
        const statuses = responses.map((r) => r.status);
        const counted = statuses.filter((s) => s === 204).length;
        const limited = statuses.filter((s) => s === 429).length;
        expect(counted + limited).toBe(1_000);
        expect(counted).toBe(600);
        expect(responses.find((r) => r.status === 429)?.headers.get("retry-after")).toMatch(/^\d+$/);
        expect(sum(await store.countsSince(DAY))).toBe(counted);
        // still answering: another visitor is counted right after the burst
        expect((await handleFunnelEvent(beacon({ step: "explainer", path: "/staking" }, { from: "192.0.2.1" }), deps)).status).toBe(204);
        expect(sum(await store.countsSince(DAY))).toBe(counted + 1);
      });

      it("stores and logs nothing about the visitor: no address, agent, referrer, cookie or identifier", async () => {
        const db = await open();
        const logged = (["log", "info", "warn", "error", "debug"] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => undefined));
        const deps = depsFor(db.store);
        for (const body of [{ step: "landing", path: "/" }, { step: "cta_click", path: "/", cta: "home-hero-stake" }, { step: "explainer", path: "/staking", cta: "home-hero-stake" }]) {
          expect((await handleFunnelEvent(beacon(body), deps)).status).toBe(204);
        }
        await handleFunnelEvent(beacon({ step: "landing", path: "/", visitor: "id-0xfeed" }), deps); // rejected
        const dump = await db.dump();
        expect(dump).toContain("home-hero-stake"); // the scan sees the stored data
        for (const secret of [VISITOR.address, "203.0.113", VISITOR.userAgent, "FunnelProbe", "Mozilla", VISITOR.referrer, "referrer.example", "cookie-secret", "id-0xfeed", "12:34"]) {
          expect(dump, `storage holds ${secret}`).not.toContain(secret);
        }
        expect(logged.flatMap((spy) => spy.mock.calls)).toEqual([]);
      });
    });
  });
}
