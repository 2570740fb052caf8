/**
 * Prepared node registrations: what a real Session node prints for its operator (BLS key with a
 * proof of possession signed over the operator's address, Ed25519 key and signature). The seeder
 * uses them for its own registrations; the simulator hands them out on /registrations.
 */
import type { Address, Hex } from "viem";
import { getAddress } from "viem";
import { blsSign } from "./bls/sign";
import { popMessage } from "./bls/messages";
import { paramsToBlsSignatureHex } from "@/lib/contracts/encoders";
import { devnetNodeKeys, ed25519RegistrationSignature } from "./node-keys";

export type PreparedRegistration = {
  operator: Address;
  pubkey_bls: string;
  pubkey_ed25519: string;
  sig_bls: string;
  sig_ed25519: string;
  timestamp: number;
};

export function prepareRegistration(index: number, operator: Address, popTag: Hex, hashToG2Tag: Hex, timestamp: number): PreparedRegistration {
  const keys = devnetNodeKeys(index);
  const pop = blsSign(keys.blsSecret, popMessage(popTag, keys.blsPubkey, operator, keys.ed25519), hashToG2Tag);
  return {
    operator: getAddress(operator),
    pubkey_bls: keys.blsHex,
    pubkey_ed25519: keys.ed25519Hex,
    sig_bls: paramsToBlsSignatureHex({ sigs0: pop.xReal, sigs1: pop.xImag, sigs2: pop.yReal, sigs3: pop.yImag }),
    sig_ed25519: ed25519RegistrationSignature(keys),
    timestamp,
  };
}
