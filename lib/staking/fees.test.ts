import { describe, expect, it } from "vitest";
import { basisPointsToPpm, formatFeeBasisPoints, formatFeePpm, parseFeePercent, ppmToBasisPoints } from "./fees";

describe("fee units", () => {
  it("contracts use basis points, the backend parts per million", () => {
    expect(basisPointsToPpm(500)).toBe(50_000);
    expect(ppmToBasisPoints(123_456)).toBe(1_234);
    expect(formatFeeBasisPoints(500)).toBe("5%");
    expect(formatFeeBasisPoints(1_234)).toBe("12.34%");
    expect(formatFeeBasisPoints(10_000)).toBe("100%");
    expect(formatFeePpm(50_000)).toBe("5%");
    expect(formatFeePpm(123_456)).toBe("12.3456%");
    expect(formatFeePpm(0)).toBe("0%");
  });
});

describe("the operator fee", () => {
  it.each([
    ["0", 0],
    ["5", 500],
    ["7.25", 725],
    ["12.5 %", 1250],
    ["100", 10_000],
    ["100.00", 10_000],
  ])("%s -> %i basis points", (text, bps) => expect(parseFeePercent(text)).toEqual({ ok: true, basisPoints: bps }));
  it.each([
    ["", "Enter the operator fee, from 0 to 100 %."],
    ["-1", "The fee cannot be negative."],
    ["100.001", "Enter the fee with at most two decimals, like 7.25."],
    ["100.01", "The fee is at most 100 %."],
    ["101", "The fee is at most 100 %."],
    ["five", "Enter the fee as a percentage, like 5 or 12.5."],
  ])("%j -> %s", (text, error) => expect(parseFeePercent(text)).toEqual({ ok: false, error }));
});
