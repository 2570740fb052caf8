import { describe, expect, it } from "vitest";
import { basisPointsToPpm, formatFeeBasisPoints, formatFeePpm, percentToBasisPoints, ppmToBasisPoints } from "./fees";

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
  it("parses form percentages like the portal (truncating)", () => {
    expect(percentToBasisPoints("5")).toBe(500);
    expect(percentToBasisPoints("12.345%")).toBe(1_234);
    expect(percentToBasisPoints("100")).toBe(10_000);
    expect(percentToBasisPoints("100.01")).toBeNull();
    expect(percentToBasisPoints("abc")).toBeNull();
  });
});
