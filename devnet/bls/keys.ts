// Devnet BLS keys on BN254: secret keys are scalars mod r, public keys are sk·G1 (G1 = (1, 2)).
import { keccak_256 } from "@noble/hashes/sha3.js";
import { bn254 } from "@noble/curves/bn254.js";
import { fromNobleG1, G1Point, toNobleG1, type G1, type NobleG1 } from "./points";

export type { G1 } from "./points";

const R = bn254.fields.Fr.ORDER;

/**
 * A deterministic secret key for a devnet node, so restarts give every node the same key:
 * keccak256(UTF-8 seed) reduced into [1, r−1]. Devnet only: a seed is not a secret.
 */
export function blsSecretKeyFromSeed(seed: string): bigint {
  const digest = keccak_256(new TextEncoder().encode(seed));
  const n = BigInt("0x" + Buffer.from(digest).toString("hex"));
  return (n % (R - 1n)) + 1n;
}

function assertSecretKey(sk: bigint): void {
  if (sk <= 0n || sk >= R) throw new Error("BLS secret key must be in [1, r-1]");
}

export function blsPublicKey(sk: bigint): G1 {
  assertSecretKey(sk);
  return fromNobleG1(G1Point.BASE.multiply(sk));
}

/** Σ keys; the empty sum is the identity (0, 0). */
export function aggregatePublicKeys(keys: G1[]): G1 {
  return fromNobleG1(keys.reduce<NobleG1>((sum, key) => sum.add(toNobleG1(key)), G1Point.ZERO));
}

export { assertSecretKey };
