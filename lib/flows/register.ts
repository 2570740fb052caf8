/**
 * Registering a node (spec §2.4, §3.7): solo, the whole requirement approved to and staked in the
 * configured rewards contract; or multi-contributor, whose first step has the configured factory
 * create the node's contribution contract (the operator's share then goes through contributeFlow).
 */
import type { Address } from "viem";
import { addBLSPublicKeyCall, deployContributionContractCall } from "@/lib/contracts/writes/register";
import { formatSesh } from "@/lib/staking/amounts";
import type { MultiSettings, NodeKeys } from "@/lib/staking/register";
import type { FlowSpec } from "@/lib/tx/types";
import { stakerOf, type Actor, type FlowTarget } from "./flow-target";

export function registerSoloFlow(t: FlowTarget, actor: Actor, p: { keys: NodeKeys; requirement: bigint; beneficiary: Address | null }): FlowSpec {
  const staker = stakerOf(actor);
  const amount = formatSesh(p.requirement);
  return {
    title: `Register a solo node with ${amount} SESH`,
    chainId: t.chainId,
    account: actor.wallet,
    steps: [
      { kind: "approve", token: t.contracts.token, spender: t.contracts.rewards, amount: p.requirement, label: `Approve ${amount} SESH` },
      { kind: "call", call: addBLSPublicKeyCall(t.contracts.rewards, p.keys, staker, p.beneficiary, p.requirement), label: "Register the node" },
    ],
    effects: [{ kind: "account", address: staker }, { kind: "registry" }],
    errorContext: { amount: p.requirement },
  };
}

/** The settings as lib/staking's validateMultiRegistration accepted them (its addresses passed the EIP-55 check). */
type CheckedSettings = Pick<MultiSettings, "feeBasisPoints" | "reserved" | "manualFinalize">;

export function createContributionContractFlow(t: FlowTarget, actor: Actor, p: { keys: NodeKeys; settings: CheckedSettings }): FlowSpec {
  const reserved = p.settings.reserved.map((r) => ({ addr: r.addr as Address, amount: r.amount }));
  return {
    title: "Create the node's contribution contract",
    chainId: t.chainId,
    account: actor.wallet,
    steps: [{ kind: "call", call: deployContributionContractCall(t.contracts.factory, p.keys, p.settings.feeBasisPoints, reserved, p.settings.manualFinalize), label: "Create the contract" }],
    effects: [{ kind: "registry" }, { kind: "account", address: stakerOf(actor) }],
  };
}
