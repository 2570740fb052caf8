/** ServiceNodeRewards writes for leaving the network (spec §2.4, §5.4 "Request exit" / "Exit"). */
import type { Address } from "viem";
import { serviceNodeRewardsAbi } from "@/lib/contracts/abi/serviceNodeRewards";
import { blsPubkeyHexToG1, blsSignatureHexToParams } from "@/lib/contracts/encoders";
import { writeCall, type WriteCall } from "./call";

const r = (address: Address) => ({ address, abi: serviceNodeRewardsAbi }) as const;

/** A contributor asks the network to let node `id` leave: initiateExitBLSPublicKey(id). No tokens move. */
export function initiateExitCall(rewards: Address, id: bigint): WriteCall {
  return writeCall({ ...r(rewards), functionName: "initiateExitBLSPublicKey", args: [id] });
}

/**
 * The network's signed exit (GET /exit/<key>) onto the chain:
 * exitBLSPublicKeyWithSignature((X, Y) of bls_pubkey, timestamp, split(signature), non_signer_indices).
 * The signature is only valid for `signatureExpiry` seconds after `timestamp`: build this from a
 * signature fetched at the tap, never from one kept around.
 */
export function exitWithSignatureCall(rewards: Address, blsPubkeyHex: string, timestamp: number | bigint, signatureHex: string, nonSignerIds: readonly bigint[]): WriteCall {
  if (typeof timestamp === "number" && (!Number.isSafeInteger(timestamp) || timestamp < 0)) throw new Error(`The exit signature's timestamp must be whole unix seconds, got ${timestamp}`);
  return writeCall({
    ...r(rewards),
    functionName: "exitBLSPublicKeyWithSignature",
    args: [blsPubkeyHexToG1(blsPubkeyHex), BigInt(timestamp), blsSignatureHexToParams(signatureHex), [...nonSignerIds]],
  });
}

/** Without the network: exitBLSPublicKeyAfterWaitTime(id), allowed 30 days after the first leave request. */
export function exitAfterWaitCall(rewards: Address, id: bigint): WriteCall {
  return writeCall({ ...r(rewards), functionName: "exitBLSPublicKeyAfterWaitTime", args: [id] });
}
