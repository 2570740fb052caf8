import { describe, expect, it } from "vitest";
import { createRevalidatingCache, type FreshnessRule } from "./revalidating-cache";

/** A source whose loads wait until released, numbered in the order they started. */
function source() {
  let calls = 0;
  let pending: { resolve: () => void; reject: (e: Error) => void }[] = [];
  const load = (key: string) => () =>
    new Promise<string>((resolve, reject) => {
      const n = ++calls;
      pending.push({ resolve: () => resolve(`${key}#${n}`), reject });
    });
  const settle = (how: "resolve" | "reject") => {
    const p = pending;
    pending = [];
    p.forEach((x) => (how === "resolve" ? x.resolve() : x.reject(new Error("source down"))));
  };
  return { load, calls: () => calls, release: () => settle("resolve"), fail: () => settle("reject") };
}

const ttl = (ms: number, extra: Partial<FreshnessRule<string>> = {}): FreshnessRule<string> => ({ isFresh: (m, _v, now) => now - m.loadedAt < ms, ...extra });

describe("revalidating cache", () => {
  it("shares one load among concurrent callers, reuses it while fresh, loads again once stale", async () => {
    let clock = 1_000;
    const s = source();
    const cache = createRevalidatingCache<string, string>({ maxWeight: 1e9, now: () => clock });
    const burst = Array.from({ length: 10 }, () => cache.get("a", s.load("a"), ttl(15_000)));
    expect(s.calls()).toBe(1);
    s.release();
    expect(new Set(await Promise.all(burst))).toEqual(new Set(["a#1"]));
    clock += 14_999;
    expect(await cache.get("a", s.load("a"), ttl(15_000))).toBe("a#1");
    clock += 1;
    const again = [cache.get("a", s.load("a"), ttl(15_000)), cache.get("a", s.load("a"), ttl(15_000))];
    expect(s.calls()).toBe(2);
    s.release();
    expect(await Promise.all(again)).toEqual(["a#2", "a#2"]);
  });

  it("a tagged value (the chain block it was read at) is reused until the tag moves", async () => {
    const s = source();
    const cache = createRevalidatingCache<string, string>({ maxWeight: 1e9 });
    const atBlock = (hash: string): FreshnessRule<string> => ({ tag: hash, isFresh: (m) => m.tag === hash });
    const first = cache.get("snap", s.load("snap"), atBlock("0xaa"));
    s.release();
    expect(await first).toBe("snap#1");
    for (let i = 0; i < 100; i++) expect(await cache.get("snap", s.load("snap"), atBlock("0xaa"))).toBe("snap#1");
    const next = cache.get("snap", s.load("snap"), atBlock("0xbb"));
    s.release();
    expect(await next).toBe("snap#2");
    expect(s.calls()).toBe(2);
  });

  it("stale-while-revalidate: a value younger than maxStaleAge is served at once while one reload runs; older, callers wait", async () => {
    let clock = 0;
    const s = source();
    const cache = createRevalidatingCache<string, string>({ maxWeight: 1e9, now: () => clock });
    const rule = ttl(1_000, { maxStaleAgeMs: 5_000 });
    const first = cache.get("k", s.load("k"), rule);
    s.release();
    await first;
    clock = 2_000;
    expect(await Promise.all([cache.get("k", s.load("k"), rule), cache.get("k", s.load("k"), rule)])).toEqual(["k#1", "k#1"]);
    expect(s.calls()).toBe(2);
    s.release();
    await expect.poll(() => cache.peek("k")?.value).toBe("k#2");
    clock = 10_000;
    let answered = false;
    const waiting = cache.get("k", s.load("k"), rule).then((v) => ((answered = true), v));
    await Promise.resolve();
    expect(answered).toBe(false);
    s.release();
    expect(await waiting).toBe("k#3");
  });

  it("a failure is given to the callers of the next errorMs without asking again, never served as a value, then retried", async () => {
    let clock = 0;
    const s = source();
    const cache = createRevalidatingCache<string, string>({ maxWeight: 1e9, now: () => clock });
    const rule = ttl(1_000, { errorMs: 2_000 });
    const burst = Array.from({ length: 20 }, () => cache.get("k", s.load("k"), rule));
    s.fail();
    for (const r of await Promise.allSettled(burst)) expect(r.status).toBe("rejected");
    clock = 1_999;
    await expect(cache.get("k", s.load("k"), rule)).rejects.toThrow("source down");
    expect(s.calls()).toBe(1);
    clock = 2_000;
    const recovered = cache.get("k", s.load("k"), rule);
    s.release();
    expect(await recovered).toBe("k#2");
  });

  it("bounded: past maxWeight the least recently used values go first", async () => {
    const cache = createRevalidatingCache<string, string>({ maxWeight: 3_000 });
    const rule = ttl(60_000, { weigh: () => 1_000 });
    for (const k of ["a", "b", "c"]) await cache.get(k, async () => k, rule);
    await cache.get("a", async () => "again", rule); // a is now the most recently used
    await cache.get("d", async () => "d", rule);
    expect(cache.peek("b")).toBeUndefined();
    expect(["a", "c", "d"].map((k) => cache.peek(k)?.value)).toEqual(["a", "c", "d"]);
    expect(cache.size()).toEqual({ entries: 3, weight: 3_000 });
  });
});
