/**
 * The simulated network's BLS signing. Every devnet node's secret key is derived from its index
 * (node-keys.ts), so the simulator can sign as "the network": the aggregate signature of all live
 * nodes except the non-signers. Decommissioned nodes are offline and never sign, and keys the
 * simulator does not hold (registered from elsewhere) cannot sign; both are listed as non-signers,
 * as the real network does, as long as the contract's non-signer threshold allows it.
 *
 * All signers sign the same message, so Σ σᵢ = (Σ skᵢ)·H(m): one hash-to-G2 per signature.
 */
import { bn254 } from "@noble/curves/bn254.js";
import type { Hex } from "viem";
import { aggregatePublicKeys, blsPublicKey, type G1 } from "../bls/keys";
import { blsSign } from "../bls/sign";
import { g1ToBlsPubkeyHex, paramsToBlsSignatureHex } from "@/lib/contracts/encoders";
import { devnetNodeKeys } from "../node-keys";

const R = bn254.fields.Fr.ORDER;

export class Keystore {
  private readonly byBlsHex = new Map<string, bigint>();
  private highest = 0;

  /** Knows nodes 1..count (deterministic keys). */
  constructor(count: number) {
    this.ensure(count);
  }

  ensure(count: number): void {
    for (let i = this.highest + 1; i <= count; i++) {
      const keys = devnetNodeKeys(i);
      this.byBlsHex.set(keys.blsHex, keys.blsSecret);
    }
    this.highest = Math.max(this.highest, count);
  }

  secretFor(blsHex: string): bigint | undefined {
    return this.byBlsHex.get(blsHex);
  }
}

export type LiveNode = { id: bigint; blsHex: string };

export type NetworkSignature = {
  /** 256 hex, sigs0‖sigs1‖sigs2‖sigs3 */
  signature: string;
  nonSignerIds: bigint[];
  /** 128 hex: the signers' aggregate public key */
  aggregatePubkey: string;
};

/**
 * Picks non-signers: keys we cannot sign for (mandatory), then offline nodes (while the threshold
 * allows). Throws a sentence if the keys we lack exceed the threshold.
 */
export function chooseNonSigners(live: readonly LiveNode[], canSign: (n: LiveNode) => boolean, offline: (n: LiveNode) => boolean, threshold: number): LiveNode[] {
  const unknown = live.filter((n) => !canSign(n));
  if (unknown.length > threshold) {
    throw new Error(`The network cannot sign: ${unknown.length} live nodes have keys it does not hold (at most ${threshold} may abstain).`);
  }
  const optional = live.filter((n) => canSign(n) && offline(n)).slice(0, threshold - unknown.length);
  return [...unknown, ...optional];
}

export function signAsNetwork(
  keystore: Keystore,
  message: Uint8Array,
  hashToG2Tag: Hex,
  live: readonly LiveNode[],
  threshold: number,
  offline: (n: LiveNode) => boolean,
): NetworkSignature {
  const nonSigners = chooseNonSigners(live, (n) => keystore.secretFor(n.blsHex) !== undefined, offline, threshold);
  const skip = new Set(nonSigners.map((n) => n.id));
  const signers = live.filter((n) => !skip.has(n.id));
  if (signers.length === 0) throw new Error("The network cannot sign: no live node can sign.");
  let aggregateSecret = 0n;
  const pubkeys: G1[] = [];
  for (const n of signers) {
    const sk = keystore.secretFor(n.blsHex) as bigint; // every signer has a key (chooseNonSigners)
    aggregateSecret = (aggregateSecret + sk) % R;
  }
  if (aggregateSecret === 0n) throw new Error("The network cannot sign: degenerate aggregate key.");
  pubkeys.push(blsPublicKey(aggregateSecret));
  const sig = blsSign(aggregateSecret, message, hashToG2Tag);
  return {
    signature: paramsToBlsSignatureHex({ sigs0: sig.xReal, sigs1: sig.xImag, sigs2: sig.yReal, sigs3: sig.yImag }),
    nonSignerIds: nonSigners.map((n) => n.id),
    aggregatePubkey: g1ToBlsPubkeyHex(aggregatePublicKeys(pubkeys)),
  };
}
