/**
 * A contributor's own position in a contribution contract before the node registers: take the stake
 * back after the lock, or send its rewards elsewhere. Each is one call to the contract, which is
 * declared for the engine's factory check.
 */
import type { Address } from "viem";
import { updateBeneficiaryCall, withdrawContributionCall } from "@/lib/contracts/writes/contribution";
import { formatSesh } from "@/lib/staking/amounts";
import type { CallStepSpec, FlowSpec } from "@/lib/tx/types";
import { stakerOf, type Actor, type FlowTarget } from "./flow-target";

function oneCall(t: FlowTarget, actor: Actor, contract: Address, title: string, call: CallStepSpec): FlowSpec {
  return {
    title,
    chainId: t.chainId,
    account: actor.wallet,
    steps: [call],
    effects: [{ kind: "contract", address: contract }, { kind: "account", address: stakerOf(actor) }, { kind: "registry" }],
    verify: [{ kind: "contribution", address: contract }],
  };
}

export function withdrawContributionFlow(t: FlowTarget, actor: Actor, p: { contract: Address; amount: bigint }): FlowSpec {
  const title = `Withdraw ${formatSesh(p.amount)} SESH`;
  return oneCall(t, actor, p.contract, title, { kind: "call", call: withdrawContributionCall(p.contract), label: title });
}

export function updateBeneficiaryFlow(t: FlowTarget, actor: Actor, p: { contract: Address; beneficiary: Address }): FlowSpec {
  const title = "Change the rewards address";
  return oneCall(t, actor, p.contract, title, { kind: "call", call: updateBeneficiaryCall(p.contract, p.beneficiary), label: title });
}
