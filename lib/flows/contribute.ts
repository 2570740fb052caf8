/**
 * Putting SESH into a contribution contract: a contributor's stake or top-up, and the operator's
 * own share of a node it just created. The wallet: an exact-amount approval of the contract, then
 * contributeFunds. A vesting contract: one call to it, which approves and contributes its own SESH
 * (spec Appendix B); the rewards go to the wallet unless another address is given. The contribution
 * contract is declared for the engine's factory check (it comes from a page's URL).
 */
import type { Address } from "viem";
import { contributeFundsCall } from "@/lib/contracts/writes/contribution";
import { vestingContributeCall } from "@/lib/contracts/writes/vesting";
import { formatSesh } from "@/lib/staking/amounts";
import type { FlowSpec, StepSpec } from "@/lib/tx/types";
import { actorChecks, stakerOf, type Actor, type FlowTarget } from "./flow-target";

export type ContributeInput = {
  contract: Address;
  amount: bigint;
  /** where this stake's rewards go; null = the staker itself (a vesting contract's: the wallet) */
  beneficiary: Address | null;
  /** how the dialog names it: a first stake, a top-up, or the operator's share of its new node */
  purpose: "stake" | "topUp" | "operatorShare";
};

const TITLES: Record<ContributeInput["purpose"], (amount: string) => string> = {
  stake: (a) => `Stake ${a} SESH`,
  topUp: (a) => `Top up ${a} SESH`,
  operatorShare: (a) => `Stake your ${a} SESH`,
};

export function contributeFlow(t: FlowTarget, actor: Actor, p: ContributeInput): FlowSpec {
  const amount = formatSesh(p.amount);
  const staker = stakerOf(actor);
  const steps: StepSpec[] =
    actor.kind === "vesting"
      ? [{ kind: "call", call: vestingContributeCall(actor.vesting, p.contract, p.amount, p.beneficiary ?? actor.wallet), label: `Stake ${amount} SESH from the vesting contract` }]
      : [
          { kind: "approve", token: t.contracts.token, spender: p.contract, amount: p.amount, label: `Approve ${amount} SESH` },
          { kind: "call", call: contributeFundsCall(p.contract, p.amount, p.beneficiary), label: `Stake ${amount} SESH` },
        ];
  return {
    title: TITLES[p.purpose](amount),
    chainId: t.chainId,
    account: actor.wallet,
    steps,
    effects: [{ kind: "contract", address: p.contract }, { kind: "account", address: staker }, { kind: "registry" }],
    errorContext: { amount: p.amount },
    verify: [...actorChecks(actor), { kind: "contribution", address: p.contract }],
  };
}
