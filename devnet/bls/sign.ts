// BLS signatures in G2 as Session's contracts verify them: σ = sk·H(m) and
// e(G1gen, σ) == e(PK, H(m)), with H the exact try-and-increment hash of hashToG2.ts.
import { bn254 } from "@noble/curves/bn254.js";
import { hashToG2Point } from "./hashToG2";
import { assertSecretKey } from "./keys";
import { paramsToBlsSignatureHex, type BlsSignatureParams } from "@/lib/contracts/encoders";
import { fromNobleG2, G1Point, G2Point, toNobleG1, toNobleG2, type G1, type G2, type NobleG2 } from "./points";

export type { G2 } from "./points";

export function blsSign(sk: bigint, message: Uint8Array, hashToG2Tag: `0x${string}`): G2 {
  assertSecretKey(sk);
  return fromNobleG2(hashToG2Point(message, hashToG2Tag).multiply(sk));
}

/** Σ signatures; the empty sum is the identity (all zero). */
export function aggregateSignatures(sigs: G2[]): G2 {
  return fromNobleG2(sigs.reduce<NobleG2>((sum, sig) => sum.add(toNobleG2(sig)), G2Point.ZERO));
}

/** False (never throws) for a malformed or off-curve key or signature. */
export function blsVerify(pk: G1, message: Uint8Array, hashToG2Tag: `0x${string}`, sig: G2): boolean {
  let pkPoint, sigPoint;
  try {
    pkPoint = toNobleG1(pk);
    sigPoint = toNobleG2(sig);
  } catch {
    return false;
  }
  if (pkPoint.is0() || sigPoint.is0()) return false;
  const h = hashToG2Point(message, hashToG2Tag);
  const { Fp12 } = bn254.fields;
  // e(G1, σ)·e(−PK, H(m)) == 1, the same product the contract hands to the pairing precompile.
  const product = bn254.pairingBatch([
    { g1: G1Point.BASE, g2: sigPoint },
    { g1: pkPoint.negate(), g2: h },
  ]);
  return Fp12.eql(product, Fp12.ONE);
}

/** The contract's BLSSignatureParams: sigs0 = x.real, sigs1 = x.imag, sigs2 = y.real, sigs3 = y.imag. */
export function signatureToParams(sig: G2): BlsSignatureParams {
  return { sigs0: sig.xReal, sigs1: sig.xImag, sigs2: sig.yReal, sigs3: sig.yImag };
}

/** The staking backend's 256-hex form (sigs0‖sigs1‖sigs2‖sigs3, no 0x). */
export function signatureToHex(sig: G2): string {
  return paramsToBlsSignatureHex(signatureToParams(sig));
}
