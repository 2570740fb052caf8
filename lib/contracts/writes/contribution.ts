/** ServiceNodeContribution writes (spec §3.3): contribute, manage a contribution, operator actions. */
import { zeroAddress, type Address } from "viem";
import { serviceNodeContributionAbi } from "@/lib/contracts/abi/serviceNodeContribution";
import { writeCall, type WriteCall } from "./call";

const c = (address: Address) => ({ address, abi: serviceNodeContributionAbi }) as const;

/** contributeFunds(amount, beneficiary); no beneficiary = the contract's default (the staker itself). */
export function contributeFundsCall(contract: Address, amount: bigint, beneficiary: Address | null): WriteCall {
  return writeCall({ ...c(contract), functionName: "contributeFunds", args: [amount, beneficiary ?? zeroAddress] });
}

export function updateBeneficiaryCall(contract: Address, beneficiary: Address): WriteCall {
  return writeCall({ ...c(contract), functionName: "updateBeneficiary", args: [beneficiary] });
}

/** A contributor takes its stake back (after 24 h); for the operator this resets the whole node. */
export function withdrawContributionCall(contract: Address): WriteCall {
  return writeCall({ ...c(contract), functionName: "withdrawContribution", args: [] });
}

export function finalizeCall(contract: Address): WriteCall {
  return writeCall({ ...c(contract), functionName: "finalize", args: [] });
}

/** Operator only: refunds every contributor and reopens the node for the operator. */
export function resetCall(contract: Address): WriteCall {
  return writeCall({ ...c(contract), functionName: "reset", args: [] });
}

/** Operator only, before its own first contribution (status 0): the fee in basis points. */
export function updateFeeCall(contract: Address, feeBasisPoints: number): WriteCall {
  return writeCall({ ...c(contract), functionName: "updateFee", args: [feeBasisPoints] });
}

/** Operator only, status 0: replaces every reservation (empty clears them; else the operator first). */
export function updateReservedContributorsCall(contract: Address, reserved: readonly { addr: Address; amount: bigint }[]): WriteCall {
  return writeCall({ ...c(contract), functionName: "updateReservedContributors", args: [reserved.map((r) => ({ addr: r.addr, amount: r.amount }))] });
}

/** Operator only, any status: whether the operator must activate the full node by hand. */
export function updateManualFinalizeCall(contract: Address, manualFinalize: boolean): WriteCall {
  return writeCall({ ...c(contract), functionName: "updateManualFinalize", args: [manualFinalize] });
}
