/**
 * Registering a node (spec §2.4, §3.7, Appendix B): solo, the whole requirement staked in the
 * configured rewards contract (the wallet approves exactly it first; a vesting contract approves
 * its own SESH and registers as the contributor, its rewards to the address given); or
 * multi-contributor, whose first step has the configured factory create the node's contribution
 * contract (the operator's share then goes through contributeFlow). A vesting contract registers
 * solo nodes only (it has no factory call).
 */
import type { Address } from "viem";
import { addBLSPublicKeyCall, deployContributionContractCall } from "@/lib/contracts/writes/register";
import { vestingAddBLSPublicKeyCall } from "@/lib/contracts/writes/vesting";
import { formatSesh } from "@/lib/staking/amounts";
import type { MultiSettings, NodeKeys } from "@/lib/staking/register";
import type { FlowSpec, StepSpec } from "@/lib/tx/types";
import { actorChecks, stakerOf, type Actor, type FlowTarget, type WalletActor } from "./flow-target";

export function registerSoloFlow(t: FlowTarget, actor: Actor, p: { keys: NodeKeys; requirement: bigint; beneficiary: Address | null }): FlowSpec {
  const staker = stakerOf(actor);
  const amount = formatSesh(p.requirement);
  let steps: StepSpec[];
  if (actor.kind === "vesting") {
    // the portal's rule, and ours: a vesting contract's node must name where its rewards go
    if (!p.beneficiary) throw new Error("a node registered by a vesting contract needs a rewards address");
    steps = [{ kind: "call", call: vestingAddBLSPublicKeyCall(actor.vesting, p.keys, p.beneficiary), label: "Register the node from the vesting contract" }];
  } else {
    steps = [
      { kind: "approve", token: t.contracts.token, spender: t.contracts.rewards, amount: p.requirement, label: `Approve ${amount} SESH` },
      { kind: "call", call: addBLSPublicKeyCall(t.contracts.rewards, p.keys, staker, p.beneficiary, p.requirement), label: "Register the node" },
    ];
  }
  return {
    title: `Register a solo node with ${amount} SESH`,
    chainId: t.chainId,
    account: actor.wallet,
    steps,
    effects: [{ kind: "account", address: staker }, { kind: "registry" }],
    errorContext: { amount: p.requirement },
    verify: actorChecks(actor),
  };
}

/** The settings as lib/staking's validateMultiRegistration accepted them (its addresses passed the EIP-55 check). */
type CheckedSettings = Pick<MultiSettings, "feeBasisPoints" | "reserved" | "manualFinalize">;

export function createContributionContractFlow(t: FlowTarget, actor: WalletActor, p: { keys: NodeKeys; settings: CheckedSettings }): FlowSpec {
  const reserved = p.settings.reserved.map((r) => ({ addr: r.addr as Address, amount: r.amount }));
  return {
    title: "Create the node's contribution contract",
    chainId: t.chainId,
    account: actor.wallet,
    steps: [{ kind: "call", call: deployContributionContractCall(t.contracts.factory, p.keys, p.settings.feeBasisPoints, reserved, p.settings.manualFinalize), label: "Create the contract" }],
    effects: [{ kind: "registry" }, { kind: "account", address: stakerOf(actor) }],
  };
}
