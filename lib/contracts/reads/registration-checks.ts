/**
 * What the chain says about a node's keys before it is registered, in one multicall: does the proof
 * of possession verify for this operator (`validateProofOfPossession`, an eth_call: the pairing check
 * is not `view`), is the BLS or the Ed25519 key already registered, and is the registry open
 * (started, not paused). The registration wizard shows all of it before anything is sent.
 */
import { encodeAbiParameters, type Address, type Client } from "viem";
import { serviceNodeRewardsAbi } from "@/lib/contracts/abi/serviceNodeRewards";
import { blsPubkeyHexToG1, blsSignatureHexToParams, ed25519HexToUint256 } from "@/lib/contracts/encoders";
import { checkRead, ReadBatch, viewRead } from "./multicall";

export type RegistrationChecks = {
  /** true: verifies for this operator; false: it does not (made for another address, or corrupt) */
  proofOfPossessionValid: boolean;
  /** the id the BLS key is registered under, 0 when free; null when unknown */
  blsRegisteredAs: bigint | null;
  ed25519RegisteredAs: bigint | null;
  started: boolean | null;
  paused: boolean | null;
};

export type RegistrationKeysHex = { pubkey_bls: string; sig_bls: string; pubkey_ed25519: string };

export async function readRegistrationChecks(client: Client, a: { rewards: Address; multicall3: Address }, keys: RegistrationKeysHex, operator: Address): Promise<RegistrationChecks> {
  const g1 = blsPubkeyHexToG1(keys.pubkey_bls);
  const ed25519 = ed25519HexToUint256(keys.pubkey_ed25519);
  const r = { address: a.rewards, abi: serviceNodeRewardsAbi } as const;
  const batch = new ReadBatch();
  const h = batch.add({
    pop: checkRead({ ...r, functionName: "validateProofOfPossession", args: [g1, blsSignatureHexToParams(keys.sig_bls), operator, ed25519] }),
    blsId: viewRead({ ...r, functionName: "serviceNodeIDs", args: [encodeAbiParameters([{ type: "uint256" }, { type: "uint256" }], [g1.X, g1.Y])] }),
    edId: viewRead({ ...r, functionName: "ed25519ToServiceNodeID", args: [ed25519] }),
    started: viewRead({ ...r, functionName: "isStarted" }),
    paused: viewRead({ ...r, functionName: "paused" }),
  });
  await batch.run(client, a.multicall3);
  const v = h.get();
  return { proofOfPossessionValid: v.pop !== null, blsRegisteredAs: v.blsId, ed25519RegisteredAs: v.edId, started: v.started, paused: v.paused };
}
