// Plain bigint arithmetic over BN254's base field Fp and its quadratic extension Fp2 = Fp[i]/(i²+1).
// Written out by hand (rather than through noble's field objects) so every step, in particular the
// choice of square root, mirrors the Solidity BN256G2 library line for line.

/** BN254 base field modulus p (p ≡ 3 mod 4). */
export const P = 0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47n;

export const mod = (a: bigint): bigint => {
  const r = a % P;
  return r < 0n ? r + P : r;
};

export function powMod(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  let b = mod(base);
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % P;
    b = (b * b) % P;
    e >>= 1n;
  }
  return result;
}

export const inv = (a: bigint): bigint => {
  if (mod(a) === 0n) throw new Error("inverse of zero in Fp");
  return powMod(a, P - 2n);
};

/** The root a^((p+1)/4) when a is a square (p ≡ 3 mod 4), otherwise null. */
export function sqrtFp(a: bigint): bigint | null {
  const root = powMod(a, (P + 1n) / 4n);
  return (root * root) % P === mod(a) ? root : null;
}

/** Fp2 element re + im·i. */
export type Fp2 = { re: bigint; im: bigint };

export const fp2 = (re: bigint, im: bigint): Fp2 => ({ re: mod(re), im: mod(im) });
export const fp2Add = (a: Fp2, b: Fp2): Fp2 => fp2(a.re + b.re, a.im + b.im);
export const fp2Neg = (a: Fp2): Fp2 => fp2(-a.re, -a.im);
export const fp2Mul = (a: Fp2, b: Fp2): Fp2 =>
  fp2(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
export const fp2Sqr = (a: Fp2): Fp2 => fp2Mul(a, a);
export const fp2Eq = (a: Fp2, b: Fp2): boolean => a.re === b.re && a.im === b.im;

export function fp2Inv(a: Fp2): Fp2 {
  const normInv = inv(a.re * a.re + a.im * a.im);
  return fp2(a.re * normInv, -a.im * normInv);
}

/**
 * Square root in Fp2 the way herumi's mcl computes it (the convention Session's contracts use):
 * for a + b·i with b ≠ 0, t = sqrt(a² + b²); re = sqrt((a + t)/2), or sqrt((a − t)/2) when the
 * first is not a square; im = b / (2·re). Every Fp root is the canonical a^((p+1)/4).
 * Returns null when a + b·i has no square root.
 */
export function sqrtFp2(a: Fp2): Fp2 | null {
  const half = inv(2n);
  if (a.im === 0n) {
    const r = sqrtFp(a.re);
    if (r !== null) return { re: r, im: 0n };
    const s = sqrtFp(mod(-a.re));
    return s === null ? null : { re: 0n, im: s };
  }
  const t = sqrtFp(a.re * a.re + a.im * a.im);
  if (t === null) return null;
  let re = sqrtFp(mod((a.re + t) * half));
  if (re === null) re = sqrtFp(mod((a.re - t) * half));
  if (re === null || re === 0n) return null;
  const im = mod(a.im * inv(2n * re));
  const root = { re, im };
  return fp2Eq(fp2Sqr(root), a) ? root : null;
}
