/**
 * TokenVestingStaking writes (spec Appendix B, C.3): what the beneficiary sends to its vesting
 * contract so that the vesting contract stakes, claims and exits as itself. The vesting contract
 * approves and calls the staking contracts; the wallet only calls it.
 */
import type { Address } from "viem";
import { tokenVestingStakingAbi } from "@/lib/contracts/abi/tokenVestingStaking";
import { blsPubkeyHexToG1, blsSignatureHexToParams } from "@/lib/contracts/encoders";
import type { NodeKeys } from "@/lib/staking/register";
import { nodeParams } from "./register";
import { writeCall, type WriteCall } from "./call";

const v = (vesting: Address) => ({ address: vesting, abi: tokenVestingStakingAbi }) as const;

/** contributeFunds(contribution contract, amount, beneficiary): the vesting contract stakes `amount` of its own SESH. */
export function vestingContributeCall(vesting: Address, contract: Address, amount: bigint, beneficiary: Address): WriteCall {
  return writeCall({ ...v(vesting), functionName: "contributeFunds", args: [contract, amount, beneficiary] });
}

export function vestingWithdrawContributionCall(vesting: Address, contract: Address): WriteCall {
  return writeCall({ ...v(vesting), functionName: "withdrawContribution", args: [contract] });
}

export function vestingUpdateBeneficiaryCall(vesting: Address, contract: Address, beneficiary: Address): WriteCall {
  return writeCall({ ...v(vesting), functionName: "updateBeneficiary", args: [contract, beneficiary] });
}

/** A solo node staked by the vesting contract: its proof of possession must be signed over the vesting contract's address. */
export function vestingAddBLSPublicKeyCall(vesting: Address, keys: NodeKeys, beneficiary: Address): WriteCall {
  return writeCall({ ...v(vesting), functionName: "addBLSPublicKey", args: [blsPubkeyHexToG1(keys.pubkey_bls), blsSignatureHexToParams(keys.sig_bls), nodeParams(keys, 0), beneficiary] });
}

export function vestingInitiateExitCall(vesting: Address, nodeId: bigint): WriteCall {
  return writeCall({ ...v(vesting), functionName: "initiateExitBLSPublicKey", args: [nodeId] });
}

/** claimRewards() (everything unclaimed) or claimRewards(amount): the SESH lands in the vesting contract. */
export function vestingClaimRewardsCall(vesting: Address, amount?: bigint): WriteCall {
  return amount === undefined ? writeCall({ ...v(vesting), functionName: "claimRewards", args: [] }) : writeCall({ ...v(vesting), functionName: "claimRewards", args: [amount] });
}

/** After the end: the whole balance of `token` to the beneficiary. */
export function vestingReleaseCall(vesting: Address, token: Address): WriteCall {
  return writeCall({ ...v(vesting), functionName: "release", args: [token] });
}

export function vestingTransferBeneficiaryCall(vesting: Address, newBeneficiary: Address): WriteCall {
  return writeCall({ ...v(vesting), functionName: "transferBeneficiary", args: [newBeneficiary] });
}
