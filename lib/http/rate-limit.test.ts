import { describe, expect, it } from "vitest";
import { RotatingRateLimiter } from "./rate-limit";

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("RotatingRateLimiter", () => {
  it("allows each client its share per window, then refuses", () => {
    const time = clock();
    const limiter = new RotatingRateLimiter({ perClient: 3, total: 100, windowMs: 60_000, now: time.now });
    expect([1, 2, 3, 4].map(() => limiter.take("192.0.2.1"))).toEqual([true, true, true, false]);
    expect(limiter.take("192.0.2.2")).toBe(true);
    expect(limiter.secondsLeft()).toBe(60);
  });

  it("forgets every bucket when the window ends (the salt changes with it)", () => {
    const time = clock();
    const limiter = new RotatingRateLimiter({ perClient: 1, total: 100, windowMs: 60_000, now: time.now });
    expect(limiter.take("192.0.2.1")).toBe(true);
    expect(limiter.take("192.0.2.1")).toBe(false);
    time.advance(60_000);
    expect(limiter.take("192.0.2.1")).toBe(true);
  });

  it("caps all clients together, so forged addresses cannot add without bound", () => {
    const limiter = new RotatingRateLimiter({ perClient: 10, total: 5, windowMs: 60_000, now: clock().now });
    const taken = Array.from({ length: 20 }, (_, i) => limiter.take(`198.51.100.${i}`)).filter(Boolean).length;
    expect(taken).toBe(5);
  });

  it("beyond maxBuckets, new addresses share one overflow bucket (memory stays bounded)", () => {
    const limiter = new RotatingRateLimiter({ perClient: 2, total: 1_000, windowMs: 60_000, maxBuckets: 3, now: clock().now });
    for (const a of ["a", "b", "c"]) expect(limiter.take(a)).toBe(true);
    expect([limiter.take("d"), limiter.take("e"), limiter.take("f")]).toEqual([true, true, false]);
  });

  it("keeps no address in any form it could give back", () => {
    const limiter = new RotatingRateLimiter({ perClient: 2, total: 10, windowMs: 60_000 });
    limiter.take("203.0.113.77");
    expect(JSON.stringify(limiter)).not.toContain("203.0.113");
    expect(Object.keys(limiter)).toEqual([]); // every field is private (#)
  });
});
