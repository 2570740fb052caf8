import { describe, expect, it } from "vitest";
import { parseBackendJson } from "@/lib/backend/json";
import { toBackendJson } from "./json-writer";

describe("the simulator's JSON writer", () => {
  it("writes bigints as bare integer digits, as Python's json does", () => {
    expect(toBackendJson({ amount: 12_000_000_000_000_001n, ids: [3n, 17n], small: 25_000_000_000_000n })).toBe(
      '{"amount":12000000000000001,"ids":[3,17],"small":25000000000000}',
    );
    expect(toBackendJson(2n ** 256n - 1n)).toBe("115792089237316195423570985008687907853269984665640564039457584007913129639935");
  });

  it("writes everything else as JSON.stringify does", () => {
    const value = { s: 'a "quoted" \\ line\n', n: 1.25, neg: -3, t: true, f: false, z: null, u: undefined, fn: () => 1, nan: Number.NaN, list: [undefined, 1], nested: { d: new Date(0) } };
    expect(toBackendJson(value)).toBe(JSON.stringify(value));
  });

  it("round-trips through the client's lossless parser exactly", () => {
    const value = { rewards: { amount: 9_500_000_123_456_789n, height: 954_320, signature: "ab" }, list: [{ x: 2n ** 200n }] };
    expect(parseBackendJson(toBackendJson(value))).toEqual(value);
  });
});
