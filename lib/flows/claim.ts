/**
 * Claiming rewards (spec §2.4, §5.4, Appendix B): the network's signed lifetime balance goes on
 * chain first when it is newer than the chain's (updateRewardsBalance, which anyone may send for
 * any recipient), then claimRewards() pays everything unclaimed, or claimRewards(amount) what the
 * cycle's cap still allows: from the wallet to itself, or through the vesting contract, into it.
 * What it pays is lib/staking's claimPlan, the figure the page shows.
 */
import { claimRewardsCall, updateRewardsBalanceCall } from "@/lib/contracts/writes/rewards";
import { vestingClaimRewardsCall } from "@/lib/contracts/writes/vesting";
import { formatSesh } from "@/lib/staking/amounts";
import type { ClaimPlan } from "@/lib/staking/rewards";
import type { FlowSpec, StepSpec } from "@/lib/tx/types";
import { actorChecks, stakerOf, type Actor, type FlowTarget } from "./flow-target";

/** The network's signature over a lifetime balance (GET /rewards/<address>, §5.3). */
export type SignedRewards = { amount: bigint; signature: string; nonSigners: readonly bigint[] };

export function claimFlow(t: FlowTarget, actor: Actor, p: { plan: ClaimPlan; signed: SignedRewards | null }): FlowSpec {
  if (p.plan.payableNow <= 0n) throw new Error("a claim must pay something");
  const recipient = stakerOf(actor);
  const amount = formatSesh(p.plan.payableNow);
  const part = p.plan.capped ? p.plan.payableNow : undefined;
  const steps: StepSpec[] = [];
  if (p.plan.needsUpdate && p.signed) {
    steps.push({ kind: "call", call: updateRewardsBalanceCall(t.contracts.rewards, recipient, p.signed.amount, p.signed.signature, p.signed.nonSigners), label: "Put your signed rewards balance on chain" });
  }
  const claim = actor.kind === "vesting" ? vestingClaimRewardsCall(actor.vesting, part) : claimRewardsCall(t.contracts.rewards, part);
  steps.push({ kind: "call", call: claim, label: actor.kind === "vesting" ? `Claim ${amount} SESH into the vesting contract` : `Claim ${amount} SESH` });
  return {
    title: `Claim ${amount} SESH`,
    chainId: t.chainId,
    account: actor.wallet,
    steps,
    effects: [{ kind: "account", address: recipient }, { kind: "registry" }],
    errorContext: { amount: p.plan.payableNow },
    verify: actorChecks(actor),
  };
}
