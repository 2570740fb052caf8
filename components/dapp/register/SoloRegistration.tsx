"use client";

import type { Address } from "viem";
import type { VestingActor } from "@/lib/flows/flow-target";
import { vestingRewardsAddressIssue } from "@/lib/staking/vesting";
import { formatSesh } from "@/lib/staking/amounts";
import { rewardsAddressIssue } from "@/lib/staking/addresses";
import { soloBlocker, type NodeKeys } from "@/lib/staking/register";
import { ActionButton as Button } from "../ui/ActionButton";
import { useAddressRules } from "../data/useAddressRules";
import { FieldError } from "../forms/FieldError";
import { useRulesForm } from "../forms/rules-form";
import { useTarget } from "../providers/TargetContext";
import type { TxFlowControls } from "../tx/useTxFlow";

type Props = {
  keys: NodeKeys;
  /** the staker: the wallet, or the vesting contract of `vesting` */
  operator: Address;
  /** registering through a vesting contract: it stakes, and a wallet must be named for the rewards (not one of `contracts`) */
  vesting?: { actor: VestingActor; contracts: Address[] } | null;
  /** read from the chain, never hard-coded: the owner can change it */
  requirement: bigint;
  balance: bigint | null;
  ethBalance: bigint | null;
  /** why nothing can be sent yet (keys, checks), from the wizard */
  blocked: string | null;
  tx: TxFlowControls;
};

/** A solo node: approve exactly the staking requirement, then addBLSPublicKey, each after a tap. */
export function SoloRegistration({ keys, operator, vesting = null, requirement, balance, ethBalance, blocked, tx }: Props) {
  const target = useTarget();
  const addressRules = useAddressRules();
  const blocker = blocked ?? soloBlocker({ ...addressRules, requirement, balance, ethBalance });
  // typed here only: a link never fills in where the rewards go
  const form = useRulesForm<{ rewards: string }>((v) => ({ rewards: vesting ? vestingRewardsAddressIssue(v.rewards, addressRules, vesting.contracts) : rewardsAddressIssue(v.rewards, addressRules) }), { defaultValues: { rewards: "" } });

  async function register({ rewards }: { rewards: string }) {
    if (blocker) return;
    const { registerSoloFlow } = await import("@/lib/flows/register");
    await tx.run(registerSoloFlow(target, vesting?.actor ?? { kind: "wallet", wallet: operator }, { keys, requirement, beneficiary: (rewards.trim() || null) as Address | null }), { confirmed: "register_confirmed" });
  }

  return (
    <form onSubmit={form.handleSubmit(register)} noValidate aria-labelledby="solo-heading" className="space-y-4 rounded-2xl border border-line p-4" data-testid="solo-registration">
      <h2 id="solo-heading" className="text-xl font-bold">
        Solo node
      </h2>
      <p className="text-sm">
        You stake the whole requirement, <strong>{formatSesh(requirement)} SESH</strong> (read from the chain), and receive all of the node&apos;s rewards. The stake comes back through the claim after an exit.
      </p>
      <div>
        <label htmlFor="solo-rewards" className="block text-sm font-medium">
          {vesting ? "Rewards address (required: a wallet, not a vesting or staking contract)" : "Rewards address (optional; empty: this wallet)"}
        </label>
        <input id="solo-rewards" placeholder="0x…" spellCheck={false} autoComplete="off" className="mt-1 min-h-11 w-full rounded-xl border border-line bg-bg px-3 font-mono text-sm" data-testid="solo-rewards" {...form.register("rewards")} />
        <FieldError message={form.formState.errors.rewards?.message} testId="solo-rewards-error" />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="lg" disabled={blocker !== null} data-testid="solo-submit">
          Register with {formatSesh(requirement)} SESH
        </Button>
        {blocker ? (
          <p className="text-sm text-muted" data-testid="solo-blocked">
            {blocker}
          </p>
        ) : null}
      </div>
    </form>
  );
}
