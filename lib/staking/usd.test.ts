import { describe, expect, it } from "vitest";
import { ATOMIC_PER_SESH as SESH } from "./amounts";
import { formatUsdCents, formatUsdPerSesh, isPriceStale, seshPrice, usdCents, usdText } from "./usd";

describe("SESH in US dollars", () => {
  it("turns the backend's float into exact nano-dollars", () => {
    expect(seshPrice(0.031245, 100)).toEqual({ nanoUsdPerSesh: 31_245_000n, at: 100 });
    expect(seshPrice(12, 1.9)).toEqual({ nanoUsdPerSesh: 12_000_000_000n, at: 1 });
    for (const bad of [Number.NaN, -1, Number.POSITIVE_INFINITY]) expect(seshPrice(bad, 1)).toBeNull();
  });
  it("values amounts to the cent, rounding half up, with no float on the way", () => {
    const p = seshPrice(0.25, 0)!;
    expect(usdCents(25_000n * SESH, p)).toBe(625_000n); // $6,250.00
    expect(usdCents(1n, p)).toBe(0n); // one atomic unit is far below a cent
    expect(usdCents(SESH / 50n, p)).toBe(1n); // 0.02 SESH × $0.25 = $0.005 → 1 cent (half up)
    expect(usdCents(SESH / 50n - 1n, p)).toBe(0n);
    // a large balance stays exact: 240 million SESH at $0.031245
    expect(usdCents(240_000_000n * SESH, seshPrice(0.031245, 0)!)).toBe(749_880_000n);
  });
  it("writes dollars with separators, or a dash without a price", () => {
    expect(formatUsdCents(123_456_789n)).toBe("$1,234,567.89");
    expect(formatUsdCents(5n)).toBe("$0.05");
    expect(usdText(10n * SESH, seshPrice(1.5, 0))).toBe("$15.00");
    expect(usdText(10n * SESH, null)).toBe("—");
    expect(usdText(null, seshPrice(1.5, 0))).toBe("—");
  });
  it("a price older than half an hour is stale", () => {
    const p = seshPrice(1, 1_000)!;
    expect(isPriceStale(p, 1_000 + 30 * 60)).toBe(false);
    expect(isPriceStale(p, 1_000 + 30 * 60 + 1)).toBe(true);
  });
  it("writes the price of one SESH to the micro-dollar, with at least four decimals", () => {
    expect(formatUsdPerSesh(seshPrice(0.0437251, 0)!)).toBe("$0.043725");
    expect(formatUsdPerSesh(seshPrice(0.0437255, 0)!)).toBe("$0.043726");
    expect(formatUsdPerSesh(seshPrice(1.5, 0)!)).toBe("$1.5000");
    expect(formatUsdPerSesh(seshPrice(1234.5, 0)!)).toBe("$1,234.5000");
  });
});
