import { describe, expect, it } from "vitest";
import { createRevalidatingCache } from "./revalidating-cache";

function source() {
  let calls = 0;
  let release: (() => void)[] = [];
  const load = (key: string) =>
    new Promise<string>((resolve) => {
      calls++;
      const n = calls;
      release.push(() => resolve(`${key}#${n}`));
    });
  return {
    load,
    calls: () => calls,
    releaseAll: () => {
      const r = release;
      release = [];
      r.forEach((f) => f());
    },
  };
}

describe("revalidating cache", () => {
  it("shares one load among concurrent callers, reuses it while fresh, loads again once stale", async () => {
    let clock = 1_000;
    const s = source();
    const cache = createRevalidatingCache(s.load, { maxAgeMs: () => 15_000, now: () => clock });
    const burst = Array.from({ length: 10 }, () => cache.get("a"));
    expect(s.calls()).toBe(1);
    s.releaseAll();
    expect(new Set(await Promise.all(burst))).toEqual(new Set(["a#1"]));
    clock += 14_999;
    expect(await cache.get("a")).toBe("a#1");
    expect(s.calls()).toBe(1);
    clock += 1;
    const again = [cache.get("a"), cache.get("a")];
    expect(s.calls()).toBe(2);
    s.releaseAll();
    expect(await Promise.all(again)).toEqual(["a#2", "a#2"]);
  });

  it("maxAge 0 loads every time, but still one load in flight at a time", async () => {
    const s = source();
    const cache = createRevalidatingCache(s.load, { maxAgeMs: () => 0 });
    const first = [cache.get("k"), cache.get("k")];
    expect(s.calls()).toBe(1);
    s.releaseAll();
    await Promise.all(first);
    const next = cache.get("k");
    expect(s.calls()).toBe(2);
    s.releaseAll();
    expect(await next).toBe("k#2");
  });
});
