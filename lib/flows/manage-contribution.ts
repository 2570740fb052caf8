/**
 * A contributor's own position in a contribution contract before the node registers: take the stake
 * back after the lock, or send its rewards elsewhere. One call each: to the contribution contract
 * (the wallet), or to the vesting contract that forwards it (spec Appendix B). The contribution
 * contract is declared for the engine's factory check.
 */
import type { Address } from "viem";
import type { WriteCall } from "@/lib/contracts/writes/call";
import { updateBeneficiaryCall, withdrawContributionCall } from "@/lib/contracts/writes/contribution";
import { vestingUpdateBeneficiaryCall, vestingWithdrawContributionCall } from "@/lib/contracts/writes/vesting";
import { formatSesh } from "@/lib/staking/amounts";
import type { FlowSpec } from "@/lib/tx/types";
import { actorChecks, stakerOf, type Actor, type FlowTarget } from "./flow-target";

function oneCall(t: FlowTarget, actor: Actor, contract: Address, title: string, call: WriteCall): FlowSpec {
  return {
    title,
    chainId: t.chainId,
    account: actor.wallet,
    steps: [{ kind: "call", call, label: title }],
    effects: [{ kind: "contract", address: contract }, { kind: "account", address: stakerOf(actor) }, { kind: "registry" }],
    verify: [...actorChecks(actor), { kind: "contribution", address: contract }],
  };
}

export function withdrawContributionFlow(t: FlowTarget, actor: Actor, p: { contract: Address; amount: bigint }): FlowSpec {
  const call = actor.kind === "vesting" ? vestingWithdrawContributionCall(actor.vesting, p.contract) : withdrawContributionCall(p.contract);
  return oneCall(t, actor, p.contract, `Withdraw ${formatSesh(p.amount)} SESH`, call);
}

export function updateBeneficiaryFlow(t: FlowTarget, actor: Actor, p: { contract: Address; beneficiary: Address }): FlowSpec {
  const call = actor.kind === "vesting" ? vestingUpdateBeneficiaryCall(actor.vesting, p.contract, p.beneficiary) : updateBeneficiaryCall(p.contract, p.beneficiary);
  return oneCall(t, actor, p.contract, "Change the rewards address", call);
}
