// The plain point shapes the devnet passes around, and their conversion to noble's BN254 points.
// (0, 0) stands for the point at infinity, as in the EVM precompiles.
import { bn254 } from "@noble/curves/bn254.js";

/** A G1 point (BLS public key), affine coordinates. */
export type G1 = { X: bigint; Y: bigint };
/** A G2 point (BLS signature or H(m)), affine coordinates of the Fp2 components (real + imag·i). */
export type G2 = { xReal: bigint; xImag: bigint; yReal: bigint; yImag: bigint };

export const G1Point = bn254.G1.Point;
export const G2Point = bn254.G2.Point;
export type NobleG1 = InstanceType<typeof G1Point>;
export type NobleG2 = InstanceType<typeof G2Point>;

const Fp2 = bn254.fields.Fp2;

export function toNobleG1(p: G1): NobleG1 {
  if (p.X === 0n && p.Y === 0n) return G1Point.ZERO;
  const point = G1Point.fromAffine({ x: p.X, y: p.Y });
  point.assertValidity();
  return point;
}

export function fromNobleG1(p: NobleG1): G1 {
  if (p.is0()) return { X: 0n, Y: 0n };
  const { x, y } = p.toAffine();
  return { X: x, Y: y };
}

export function toNobleG2(p: G2): NobleG2 {
  if (p.xReal === 0n && p.xImag === 0n && p.yReal === 0n && p.yImag === 0n) return G2Point.ZERO;
  const point = G2Point.fromAffine({
    x: Fp2.fromBigTuple([p.xReal, p.xImag]),
    y: Fp2.fromBigTuple([p.yReal, p.yImag]),
  });
  point.assertValidity();
  return point;
}

export function fromNobleG2(p: NobleG2): G2 {
  if (p.is0()) return { xReal: 0n, xImag: 0n, yReal: 0n, yImag: 0n };
  const { x, y } = p.toAffine();
  return { xReal: x.c0, xImag: x.c1, yReal: y.c0, yImag: y.c1 };
}
