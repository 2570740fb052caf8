import { describe, expect, it } from "vitest";
import { bn254 } from "@noble/curves/bn254.js";
import { fp2, fp2Inv, fp2Mul, fp2Sqr, mod, P, sqrtFp, sqrtFp2 } from "./field";
import { hashToG2Point } from "./hashToG2";

describe("Fp and Fp2 arithmetic", () => {
  it("finds square roots of squares and none for non-squares in Fp", () => {
    expect(sqrtFp(mod(-1n))).toBeNull(); // p ≡ 3 mod 4, so −1 is not a square
    const root = sqrtFp(49n);
    expect(root === 7n || root === P - 7n).toBe(true);
  });

  it("returns a true Fp2 square root for random squares, null for a non-square", () => {
    for (let k = 1n; k < 20n; k++) {
      const a = fp2(k * 0x1234567n + 5n, k * k * 0xabcdefn + 3n);
      const root = sqrtFp2(fp2Sqr(a));
      expect(root).not.toBeNull();
      expect(fp2Sqr(root!)).toEqual(fp2Sqr(a));
    }
    // ξ = 9 + i is a non-residue in Fp2 (the sextic twist is built on it)
    expect(sqrtFp2(fp2(9n, 1n))).toBeNull();
  });

  it("inverts in Fp2", () => {
    const a = fp2(123n, 456n);
    expect(fp2Mul(a, fp2Inv(a))).toEqual({ re: 1n, im: 0n });
  });
});

describe("hashToG2 lands in the order-r subgroup", () => {
  it("for 8 different messages, each a distinct valid G2 point", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 8; i++) {
      const point = hashToG2Point(new TextEncoder().encode(`message ${i}`), `0x${"ab".repeat(32)}`);
      point.assertValidity(); // noble checks the curve equation and [r]P = O
      expect(point.multiplyUnsafe(bn254.fields.Fr.ORDER - 1n).negate().equals(point)).toBe(true);
      seen.add(point.toAffine().x.c0.toString());
    }
    expect(seen.size).toBe(8);
  });

  it("refuses a tag that is not 32 bytes", () => {
    expect(() => hashToG2Point(new Uint8Array(1), "0x1234")).toThrow("hashToG2Tag must be 32 bytes");
  });
});
