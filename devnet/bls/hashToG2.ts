// Session's "try-and-increment" hash to BN254 G2 (spec §2.8), reproduced exactly so that the
// devnet contracts' BN256G2.hashToG2 and this code agree bit for bit (Appendix A is the proof):
//   1. append a 1-byte counter to the message (0, 1, 2, ...);
//   2. expand_message_xmd (RFC 9380) with Keccak-256 to 128 bytes, DST = the 32-byte hashToG2Tag;
//   3. u0 = bytes[0..48] mod p, u1 = bytes[48..96] mod p, sign = lowest bit of byte 127, x = u0 + u1·i;
//   4. y = sqrt(x³ + b') with mcl's Fp2 square root; next counter if there is none or a component
//      of y is 0; negate y if the sign bit is set;
//   5. clear the cofactor (Fuentes-Castañeda–Knapp–Rodríguez-Henríquez): [x]P + ψ([3x]P) + ψ²([x]P) + ψ³(P).
import { bn254 } from "@noble/curves/bn254.js";
import { expandMessageXmdKeccak } from "./expandMessage";
import { fp2, fp2Add, fp2Mul, fp2Neg, fp2Sqr, mod, P, sqrtFp2, type Fp2 } from "./field";
import { fromNobleG2, G2Point, type G2, type NobleG2 } from "./points";

/** b' = 3 / (9 + i), the twist's constant. */
export const TWIST_B: Fp2 = fp2(
  19485874751759354771024239261021720505790618469301721065564631296452457478373n,
  266929791119991161246907387137283842545076965332900288569378510910307636690n,
);
/** The BN254 seed x (the curve is built from it; it drives the cofactor clearing). */
export const BN_SEED = 4965661367192848881n;

const NobleFp2 = bn254.fields.Fp2;
const XI = NobleFp2.fromBigTuple([9n, 1n]);
const PSI_X = NobleFp2.pow(XI, (P - 1n) / 3n);
const PSI_Y = NobleFp2.pow(XI, (P - 1n) / 2n);

/** ψ(x, y) = (conj(x)·ξ^((p−1)/3), conj(y)·ξ^((p−1)/2)), the untwist-Frobenius-twist endomorphism. */
export function psi(point: NobleG2): NobleG2 {
  if (point.is0()) return point;
  const { x, y } = point.toAffine();
  return G2Point.fromAffine({
    x: NobleFp2.mul(NobleFp2.frobeniusMap(x, 1), PSI_X),
    y: NobleFp2.mul(NobleFp2.frobeniusMap(y, 1), PSI_Y),
  });
}

/** Scalar multiplication for any non-negative scalar (noble's own refuses scalars ≥ r). */
function multiplyAny(point: NobleG2, scalar: bigint): NobleG2 {
  let result = G2Point.ZERO;
  let addend = point;
  for (let k = scalar; k > 0n; k >>= 1n) {
    if (k & 1n) result = result.add(addend);
    addend = addend.double();
  }
  return result;
}

export function clearCofactor(point: NobleG2): NobleG2 {
  const xP = multiplyAny(point, BN_SEED);
  return xP
    .add(psi(multiplyAny(xP, 3n)))
    .add(psi(psi(xP)))
    .add(psi(psi(psi(point))));
}

const bytesToBigInt = (bytes: Uint8Array): bigint =>
  bytes.length === 0 ? 0n : BigInt("0x" + Buffer.from(bytes).toString("hex"));

/** Steps 1–4: a point on the twist (not yet in the order-r subgroup) and the counter that found it. */
export function mapToTwist(message: Uint8Array, tag: Uint8Array): { point: NobleG2; counter: number } {
  for (let counter = 0; counter < 256; counter++) {
    const withCounter = new Uint8Array(message.length + 1);
    withCounter.set(message);
    withCounter[message.length] = counter;
    const uniform = expandMessageXmdKeccak(withCounter, tag, 128);
    const x = fp2(mod(bytesToBigInt(uniform.subarray(0, 48))), mod(bytesToBigInt(uniform.subarray(48, 96))));
    const signBit = ((uniform[127] as number) & 1) === 1;
    const root = sqrtFp2(fp2Add(fp2Mul(fp2Sqr(x), x), TWIST_B));
    if (root === null || root.re === 0n || root.im === 0n) continue;
    const y = signBit ? fp2Neg(root) : root;
    const point = G2Point.fromAffine({
      x: NobleFp2.fromBigTuple([x.re, x.im]),
      y: NobleFp2.fromBigTuple([y.re, y.im]),
    });
    return { point, counter };
  }
  throw new Error("hashToG2: no curve point after 256 counters");
}

export function hexToBytes(hex: string): Uint8Array {
  const body = hex.startsWith("0x") ? hex.slice(2) : hex;
  if (body.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(body)) throw new Error(`not a hex string: ${hex}`);
  return Uint8Array.from(Buffer.from(body, "hex"));
}

export function hashToG2Point(message: Uint8Array, hashToG2Tag: `0x${string}`): NobleG2 {
  const tag = hexToBytes(hashToG2Tag);
  if (tag.length !== 32) throw new Error("hashToG2Tag must be 32 bytes");
  return clearCofactor(mapToTwist(message, tag).point);
}

export function hashToG2(message: Uint8Array, hashToG2Tag: `0x${string}`): G2 {
  return fromNobleG2(hashToG2Point(message, hashToG2Tag));
}
