import { describe, expect, it } from "vitest";
import { Backoff } from "./backoff";

describe("the backoff", () => {
  it("lets every attempt through while all is well; after failures, one probe per growing period; forgets on success", () => {
    let now = 0;
    const b = new Backoff({ initialMs: 100, maxMs: 400, now: () => now });
    expect([b.attempt(), b.attempt()]).toEqual([true, true]);
    b.failed();
    expect(b.attempt()).toBe(false);
    now = 100;
    expect(b.attempt()).toBe(true); // the probe
    expect(b.attempt()).toBe(false); // others keep failing fast while it runs
    b.failed(); // 2nd failure: 200 ms
    now = 299;
    expect(b.attempt()).toBe(false);
    now = 300;
    expect(b.attempt()).toBe(true);
    b.failed();
    b.failed();
    b.failed(); // capped at 400 ms
    now = 700;
    expect(b.attempt()).toBe(true);
    b.succeeded();
    expect([b.attempt(), b.attempt()]).toEqual([true, true]);
  });
});
