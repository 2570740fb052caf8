import { describe, expect, it } from "vitest";
import { ATOMIC_PER_SESH as SESH } from "./amounts";
import { amountBounds } from "./contribute-form";
import { maxAmount, stillNeededBeside } from "./max-amount";

describe("Max: the lesser of the balance and what the node still needs", () => {
  it("caps by the balance only when the money is the wallet's", () => {
    expect(maxAmount(5_000n * SESH, 1_234n * SESH)).toBe(1_234n * SESH);
    expect(maxAmount(5_000n * SESH, 9_999n * SESH)).toBe(5_000n * SESH);
    expect(maxAmount(5_000n * SESH, null)).toBe(5_000n * SESH);
    expect(maxAmount(-1n, 10n)).toBe(0n);
    expect(maxAmount(10n, 0n)).toBe(0n);
  });
  it("counts the amounts typed in the form's other fields, ignoring what is not an amount", () => {
    expect(stillNeededBeside(20_000n * SESH, ["5000", "2500.5", "", "abc"])).toBe(12_499_500_000_000n);
    expect(stillNeededBeside(20_000n * SESH, ["15000", "6000"])).toBe(0n);
  });
  it("is the contribution form's Max too (one rule)", () => {
    const allowance = { kind: "new" as const, min: 100n * SESH, max: 3_000n * SESH };
    expect(amountBounds({ allowance, balance: 700n * SESH })?.max).toBe(maxAmount(3_000n * SESH, 700n * SESH));
    expect(amountBounds({ allowance, balance: null })?.max).toBe(3_000n * SESH);
  });
});
