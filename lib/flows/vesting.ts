/**
 * A vesting contract's own actions for its beneficiary (spec Appendix B, C.2): after the end, release
 * its whole SESH balance to the beneficiary; and, where the contract allows it, hand the contract to
 * a new beneficiary. The vesting contract is checked on chain first, like every actor.
 */
import type { Address } from "viem";
import { vestingReleaseCall, vestingTransferBeneficiaryCall } from "@/lib/contracts/writes/vesting";
import { formatSesh } from "@/lib/staking/amounts";
import type { FlowSpec } from "@/lib/tx/types";
import { actorChecks, type FlowTarget, type VestingActor } from "./flow-target";

export function releaseVestingFlow(t: FlowTarget, actor: VestingActor, p: { balance: bigint }): FlowSpec {
  const title = `Withdraw ${formatSesh(p.balance)} SESH from the vesting contract`;
  return {
    title,
    chainId: t.chainId,
    account: actor.wallet,
    steps: [{ kind: "call", call: vestingReleaseCall(actor.vesting, t.contracts.token), label: title }],
    effects: [{ kind: "account", address: actor.vesting }, { kind: "account", address: actor.wallet }],
    verify: actorChecks(actor),
  };
}

export function transferVestingBeneficiaryFlow(t: FlowTarget, actor: VestingActor, p: { newBeneficiary: Address }): FlowSpec {
  const title = "Hand the vesting contract to a new beneficiary";
  return {
    title,
    chainId: t.chainId,
    account: actor.wallet,
    steps: [{ kind: "call", call: vestingTransferBeneficiaryCall(actor.vesting, p.newBeneficiary), label: title }],
    effects: [{ kind: "account", address: actor.vesting }, { kind: "account", address: actor.wallet }, { kind: "account", address: p.newBeneficiary }],
    verify: actorChecks(actor),
  };
}
