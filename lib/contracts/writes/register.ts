/**
 * Registration writes (spec §2.4, §3.7, §5.4): a solo node straight into ServiceNodeRewards, or a
 * multi-contributor node's contribution contract from the factory. Keys and signatures arrive as
 * the hex a Session node prints (lib/staking/register validates them first).
 */
import type { Address } from "viem";
import { serviceNodeContributionFactoryAbi } from "@/lib/contracts/abi/serviceNodeContributionFactory";
import { serviceNodeRewardsAbi } from "@/lib/contracts/abi/serviceNodeRewards";
import { blsPubkeyHexToG1, blsSignatureHexToParams, ed25519HexToUint256, ed25519SignatureHexToWords } from "@/lib/contracts/encoders";
import type { NodeKeys } from "@/lib/staking/register";
import { writeCall, type WriteCall } from "./call";


/** The node's Ed25519 key and proof as the contracts' ServiceNodeParams (fee in basis points; 0 for a solo node). */
export function nodeParams(keys: NodeKeys, feeBasisPoints: number) {
  const sig = ed25519SignatureHexToWords(keys.sig_ed25519);
  return { serviceNodePubkey: ed25519HexToUint256(keys.pubkey_ed25519), serviceNodeSignature1: sig.sig1, serviceNodeSignature2: sig.sig2, fee: feeBasisPoints };
}

/**
 * A solo node: the operator alone stakes the whole requirement (pulled from the caller once it
 * approved exactly that), its rewards to `beneficiary` (the operator when null).
 */
export function addBLSPublicKeyCall(rewards: Address, keys: NodeKeys, operator: Address, beneficiary: Address | null, stakingRequirement: bigint): WriteCall {
  return writeCall({
    address: rewards,
    abi: serviceNodeRewardsAbi,
    functionName: "addBLSPublicKey",
    args: [blsPubkeyHexToG1(keys.pubkey_bls), blsSignatureHexToParams(keys.sig_bls), nodeParams(keys, 0), [{ staker: { addr: operator, beneficiary: beneficiary ?? operator }, stakedAmount: stakingRequirement }]],
  });
}

/** factory.deploy(key, proof, params{fee}, reserved (empty, or the operator first), manualFinalize). */
export function deployContributionContractCall(factory: Address, keys: NodeKeys, feeBasisPoints: number, reserved: readonly { addr: Address; amount: bigint }[], manualFinalize: boolean): WriteCall {
  return writeCall({
    address: factory,
    abi: serviceNodeContributionFactoryAbi,
    functionName: "deploy",
    args: [blsPubkeyHexToG1(keys.pubkey_bls), blsSignatureHexToParams(keys.sig_bls), nodeParams(keys, feeBasisPoints), reserved.map((r) => ({ addr: r.addr, amount: r.amount })), manualFinalize],
  });
}
