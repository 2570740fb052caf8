/**
 * Deterministic keys of devnet Session nodes. Node n's BLS key comes from the seed
 * `devnet-node-<n>` and its Ed25519 key from `devnet-node-ed25519-<n>`, so the simulator can rebuild
 * every key after a restart without storing secrets. Devnet only: these seeds are public.
 */
import { ed25519 } from "@noble/curves/ed25519.js";
import { keccak_256 } from "@noble/hashes/sha3.js";
import { blsPublicKey, blsSecretKeyFromSeed, type G1 } from "./bls/keys";
import { g1ToBlsPubkeyHex } from "@/lib/contracts/encoders";

export type DevnetNodeKeys = {
  index: number;
  blsSecret: bigint;
  blsPubkey: G1;
  /** 128 lower-case hex, X‖Y */
  blsHex: string;
  ed25519Secret: Uint8Array;
  /** 64 lower-case hex */
  ed25519Hex: string;
  /** the Ed25519 key as the uint256 the contracts store */
  ed25519: bigint;
};

const cache = new Map<number, DevnetNodeKeys>();

export function devnetNodeKeys(index: number): DevnetNodeKeys {
  const cached = cache.get(index);
  if (cached) return cached;
  const blsSecret = blsSecretKeyFromSeed(`devnet-node-${index}`);
  const blsPubkey = blsPublicKey(blsSecret);
  const ed25519Secret = keccak_256(new TextEncoder().encode(`devnet-node-ed25519-${index}`));
  const ed25519Hex = Buffer.from(ed25519.getPublicKey(ed25519Secret)).toString("hex");
  const keys: DevnetNodeKeys = {
    index,
    blsSecret,
    blsPubkey,
    blsHex: g1ToBlsPubkeyHex(blsPubkey),
    ed25519Secret,
    ed25519Hex,
    ed25519: BigInt(`0x${ed25519Hex}`),
  };
  cache.set(index, keys);
  return keys;
}

/**
 * The node's Ed25519 signature over ed25519_pubkey ‖ bls_pubkey (what the legacy backend checked;
 * the contracts store it without verifying). 128 hex.
 */
export function ed25519RegistrationSignature(keys: DevnetNodeKeys): string {
  const message = Buffer.concat([Buffer.from(keys.ed25519Hex, "hex"), Buffer.from(keys.blsHex, "hex")]);
  return Buffer.from(ed25519.sign(message, keys.ed25519Secret)).toString("hex");
}
