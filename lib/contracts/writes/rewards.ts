/** ServiceNodeRewards writes for claiming (spec §2.4, §5.4). */
import type { Address } from "viem";
import { serviceNodeRewardsAbi } from "@/lib/contracts/abi/serviceNodeRewards";
import { blsSignatureHexToParams } from "@/lib/contracts/encoders";
import { writeCall, type WriteCall } from "./call";

const r = (address: Address) => ({ address, abi: serviceNodeRewardsAbi }) as const;

/** The network's signed lifetime balance onto the chain: updateRewardsBalance(recipient, amount, sig, nonSigners). */
export function updateRewardsBalanceCall(rewards: Address, recipient: Address, lifetimeAmount: bigint, signatureHex: string, nonSignerIds: readonly bigint[]): WriteCall {
  return writeCall({ ...r(rewards), functionName: "updateRewardsBalance", args: [recipient, lifetimeAmount, blsSignatureHexToParams(signatureHex), [...nonSignerIds]] });
}

/** claimRewards() for everything unclaimed, or claimRewards(amount) for part of it (the cycle cap). */
export function claimRewardsCall(rewards: Address, amount?: bigint): WriteCall {
  return amount === undefined
    ? writeCall({ ...r(rewards), functionName: "claimRewards", args: [] })
    : writeCall({ ...r(rewards), functionName: "claimRewards", args: [amount] });
}
