import { describe, expect, it } from "vitest";
import { atomicToSeshString, formatSesh, parseSesh, seshToAtomic, shareBasisPoints, SESH_DECIMALS } from "./amounts";

describe("parseSesh", () => {
  it("turns typed text into atomic units at 9 decimals", () => {
    expect(SESH_DECIMALS).toBe(9);
    expect(parseSesh("25000")).toEqual({ ok: true, atomic: 25_000_000_000_000n });
    expect(parseSesh("1,234.5")).toEqual({ ok: true, atomic: 1_234_500_000_000n });
    expect(parseSesh(".5")).toEqual({ ok: true, atomic: 500_000_000n });
    expect(parseSesh("0.000000001")).toEqual({ ok: true, atomic: 1n });
  });
  it("keeps precision where floats would not", () => {
    // 240 million SESH with every decimal: beyond 2^53 atomic units
    expect(parseSesh("240000000.123456789")).toEqual({ ok: true, atomic: 240_000_000_123_456_789n });
  });
  it("rejects bad input with a sentence", () => {
    expect(parseSesh("")).toEqual({ ok: false, error: "Enter an amount." });
    expect(parseSesh("-1")).toEqual({ ok: false, error: "The amount cannot be negative." });
    expect(parseSesh("1e9")).toMatchObject({ ok: false });
    expect(parseSesh(".")).toMatchObject({ ok: false });
    expect(parseSesh("1.0000000001")).toEqual({ ok: false, error: "SESH has at most 9 decimals." });
    expect(() => seshToAtomic("abc")).toThrow(/Invalid SESH amount "abc"/);
  });
});

describe("formatSesh", () => {
  it("groups thousands and truncates, never rounds up", () => {
    expect(formatSesh(25_000_000_000_000n)).toBe("25,000");
    expect(formatSesh(6_249_999_999_999n)).toBe("6,249.99");
    expect(formatSesh(1n, { maxDecimals: 9 })).toBe("0.000000001");
    expect(formatSesh(1_500_000_000n, { unit: true })).toBe("1.5 SESH");
    expect(formatSesh(-2_000_000_000n)).toBe("-2");
  });
  it("round-trips exactly through the input format", () => {
    for (const v of [0n, 1n, 123_456_789_012_345_678n]) expect(seshToAtomic(atomicToSeshString(v))).toBe(v);
  });
  it("computes shares in basis points", () => {
    expect(shareBasisPoints(6_250n, 25_000n)).toBe(2_500);
    expect(shareBasisPoints(1n, 0n)).toBe(0);
  });
});
