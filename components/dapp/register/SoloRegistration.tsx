"use client";

import { useState } from "react";
import type { Address } from "viem";
import { formatSesh } from "@/lib/staking/amounts";
import { rewardsAddressIssue } from "@/lib/staking/addresses";
import { soloBlocker, type RegistrationKeys } from "@/lib/staking/register";
import { Button } from "@/components/ui/Button";
import { useAddressRules } from "../data/useAddressRules";
import { useTarget } from "../providers/TargetContext";
import type { TxFlowControls } from "../tx/useTxFlow";

type Props = {
  keys: RegistrationKeys;
  operator: Address;
  /** read from the chain, never hard-coded: the owner can change it */
  requirement: bigint;
  balance: bigint | null;
  ethBalance: bigint | null;
  rewards: string;
  onRewardsChange: (v: string) => void;
  /** why nothing can be sent yet (keys, checks), from the wizard */
  blocked: string | null;
  tx: TxFlowControls;
};

/** A solo node: approve exactly the staking requirement, then addBLSPublicKey, each after a tap. */
export function SoloRegistration({ keys, operator, requirement, balance, ethBalance, rewards, onRewardsChange, blocked, tx }: Props) {
  const target = useTarget();
  const [error, setError] = useState<string | null>(null);
  const addressRules = useAddressRules();
  const blocker = blocked ?? soloBlocker({ ...addressRules, requirement, balance, ethBalance });

  async function register() {
    const issue = rewardsAddressIssue(rewards, addressRules);
    setError(issue);
    if (issue || blocker) return;
    const { registerSoloFlow } = await import("@/lib/flows/register");
    await tx.run(registerSoloFlow(target, { kind: "wallet", wallet: operator }, { keys, requirement, beneficiary: (rewards.trim() || null) as Address | null }), { confirmed: "register_confirmed" });
  }

  return (
    <section aria-labelledby="solo-heading" className="space-y-4 rounded-2xl border border-line p-4" data-testid="solo-registration">
      <h2 id="solo-heading" className="text-xl font-bold">
        Solo node
      </h2>
      <p className="text-sm">
        You stake the whole requirement, <strong>{formatSesh(requirement)} SESH</strong> (read from the chain), and receive all of the node&apos;s rewards. The stake comes back through the claim after an exit.
      </p>
      <div>
        <label htmlFor="solo-rewards" className="block text-sm font-medium">
          Rewards address (optional; empty: this wallet)
        </label>
        <input id="solo-rewards" value={rewards} onChange={(e) => onRewardsChange(e.target.value)} placeholder="0x…" spellCheck={false} autoComplete="off" className="mt-1 min-h-11 w-full rounded-xl border border-line bg-bg px-3 font-mono text-sm" data-testid="solo-rewards" />
        {error ? (
          <p role="alert" className="text-sm text-red-800 dark:text-red-300" data-testid="solo-rewards-error">
            {error}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button size="lg" onClick={register} disabled={blocker !== null} data-testid="solo-submit">
          Register with {formatSesh(requirement)} SESH
        </Button>
        {blocker ? (
          <p className="text-sm text-muted" data-testid="solo-blocked">
            {blocker}
          </p>
        ) : null}
      </div>
    </section>
  );
}
