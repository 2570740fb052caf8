"use client";

import Link from "next/link";
import { useState } from "react";
import type { Address } from "viem";
import type { ContributionChainState } from "@/lib/contracts/reads/chain-snapshot";
import { formatSesh, parseSesh } from "@/lib/staking/amounts";
import { rewardsAddressIssue } from "@/lib/staking/addresses";
import { minimumOperatorContribution } from "@/lib/staking/contribution";
import { validateMultiRegistration, type MultiIssues, type RegistrationKeys, type WizardContractVerdict } from "@/lib/staking/register";
import { Button } from "@/components/ui/Button";
import { useAddressRules } from "../data/useAddressRules";
import { useTarget } from "../providers/TargetContext";
import type { TxFlowControls } from "../tx/useTxFlow";
import { ReservedSlotsEditor } from "./ReservedSlotsEditor";
import type { WizardState } from "./wizard-url";

type Props = {
  keys: RegistrationKeys;
  operator: Address;
  requirement: bigint;
  maxContributors: bigint;
  balance: bigint | null;
  state: WizardState;
  onChange: (s: WizardState) => void;
  /** the contract this wizard created, as the chain reads it (null until created / read) */
  contract: ContributionChainState | null;
  /** whether the contract the URL names may receive the operator's share (factory, operator, keys) */
  contractVerdict: WizardContractVerdict;
  blocked: string | null;
  tx: TxFlowControls;
};

const FIELD = "mt-1 min-h-11 w-full rounded-xl border border-line bg-bg px-3";

/**
 * A multi-contributor node in two tapped steps: the factory creates the node's contribution
 * contract with the fee, reserved slots and activation mode (its address read from the receipt's
 * event, kept in the URL); then the operator approves and stakes its own share.
 */
export function MultiRegistration({ keys, operator, requirement, maxContributors, balance, state, onChange, contract, contractVerdict, blocked, tx }: Props) {
  const target = useTarget();
  const [issues, setIssues] = useState<MultiIssues | null>(null);
  const [rewardsError, setRewardsError] = useState<string | null>(null);
  const addressRules = useAddressRules();
  const rules = { ...addressRules, requirement, maxContributors, operator, balance };

  async function createContract() {
    const r = validateMultiRegistration({ operatorStake: state.stake, fee: state.fee, reserved: state.reserved, autoActivate: state.auto }, rules);
    const rIssue = rewardsAddressIssue(state.rewards, addressRules);
    setIssues(r.ok ? null : r.issues);
    setRewardsError(rIssue);
    if (!r.ok || rIssue || blocked) return;
    const [{ createContributionContractFlow }, { contributionContractFromLogs }] = await Promise.all([import("@/lib/flows/register"), import("@/lib/contracts/events")]);
    const end = await tx.run(createContributionContractFlow(target, { kind: "wallet", wallet: operator }, { keys, settings: r.settings }));
    const created = end?.status === "done" && end.lastReceipt ? contributionContractFromLogs(end.lastReceipt.logs, target.contracts.factory) : null;
    if (created) onChange({ ...state, contract: created });
  }

  async function stakeShare(amount: bigint) {
    if (!state.contract || contractVerdict.kind !== "ok") return;
    const { contributeFlow } = await import("@/lib/flows/contribute");
    const spec = contributeFlow(target, { kind: "wallet", wallet: operator }, { contract: state.contract, amount, beneficiary: (state.rewards.trim() || null) as Address | null, purpose: "operatorShare" });
    await tx.run(spec, { confirmed: "register_confirmed" });
  }

  if (state.contract && contractVerdict.kind === "refused") {
    return (
      <section aria-labelledby="multi-heading" role="alert" className="space-y-3 rounded-2xl border border-red-500/50 bg-red-500/5 p-4" data-testid="multi-contract-refused">
        <h2 id="multi-heading" className="text-xl font-bold">
          This link&apos;s contract cannot receive your stake
        </h2>
        <p>{contractVerdict.reason}</p>
        <p className="break-all font-mono text-sm text-muted">{state.contract}</p>
      </section>
    );
  }

  if (state.contract) {
    const stake = parseSesh(state.stake);
    const amount = stake.ok ? stake.atomic : minimumOperatorContribution(requirement);
    const opened = contract !== null && contract.status >= 1;
    return (
      <section aria-labelledby="multi-heading" className="space-y-4 rounded-2xl border border-line p-4" data-testid="multi-step-stake">
        <h2 id="multi-heading" className="text-xl font-bold">
          {opened ? "Your node is open to contributors" : "Step 2 of 2: stake your share"}
        </h2>
        <p className="text-sm">
          The node&apos;s contract is on chain:{" "}
          <Link className="font-mono text-accent-fg underline" href={`/stake/${state.contract}`} prefetch={false} data-testid="multi-contract-link">
            {state.contract}
          </Link>
        </p>
        {contractVerdict.kind === "checking" ? (
          <p className="text-sm text-muted" data-testid="multi-contract-checking">
            Checking on chain that Session&apos;s staking factory created this contract for your node…
          </p>
        ) : opened ? (
          <p className="text-sm" data-testid="multi-opened">
            ✓ Your stake is in. Contributors can now join; the node registers itself when it is full{state.auto ? "" : " and you activate it"}. Follow it on its page or on <Link className="underline" href="/mystakes" prefetch={false}>My stakes</Link>.
          </p>
        ) : (
          <Button size="lg" onClick={() => stakeShare(amount)} data-testid="multi-stake">
            Stake your {formatSesh(amount)} SESH
          </Button>
        )}
      </section>
    );
  }

  return (
    <section aria-labelledby="multi-heading" className="space-y-4 rounded-2xl border border-line p-4" data-testid="multi-registration">
      <h2 id="multi-heading" className="text-xl font-bold">
        Step 1 of 2: the node&apos;s settings
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="multi-stake" className="block text-sm font-medium">
            Your stake (SESH, at least {formatSesh(minimumOperatorContribution(requirement), { maxDecimals: 9 })})
          </label>
          <input id="multi-stake" value={state.stake} onChange={(e) => onChange({ ...state, stake: e.target.value })} inputMode="decimal" autoComplete="off" className={`${FIELD} font-mono tabular-nums`} data-testid="multi-stake-amount" />
          {issues?.operatorStake ? (
            <p role="alert" className="text-sm text-red-800 dark:text-red-300" data-testid="multi-stake-error">
              {issues.operatorStake}
            </p>
          ) : null}
        </div>
        <div>
          <label htmlFor="multi-fee" className="block text-sm font-medium">
            Operator fee (%, 0 to 100, two decimals)
          </label>
          <input id="multi-fee" value={state.fee} onChange={(e) => onChange({ ...state, fee: e.target.value })} inputMode="decimal" autoComplete="off" className={`${FIELD} font-mono tabular-nums`} data-testid="multi-fee" />
          {issues?.fee ? (
            <p role="alert" className="text-sm text-red-800 dark:text-red-300" data-testid="multi-fee-error">
              {issues.fee}
            </p>
          ) : null}
        </div>
      </div>
      <ReservedSlotsEditor rows={state.reserved} issues={issues?.reserved ?? []} onChange={(reserved) => onChange({ ...state, reserved })} max={Number(maxContributors) - 1} />
      {issues?.slots ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          {issues.slots}
        </p>
      ) : null}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={state.auto} onChange={(e) => onChange({ ...state, auto: e.target.checked })} data-testid="multi-auto" />
        Register the node by itself when the last contribution fills it (otherwise you activate it)
      </label>
      <div>
        <label htmlFor="multi-rewards" className="block text-sm font-medium">
          Rewards address for your stake (optional; empty: this wallet)
        </label>
        <input id="multi-rewards" value={state.rewards} onChange={(e) => onChange({ ...state, rewards: e.target.value })} placeholder="0x…" spellCheck={false} autoComplete="off" className={`${FIELD} font-mono text-sm`} />
        {rewardsError ? (
          <p role="alert" className="text-sm text-red-800 dark:text-red-300">
            {rewardsError}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button size="lg" onClick={createContract} disabled={blocked !== null} data-testid="multi-create">
          Create the node&apos;s contract
        </Button>
        {blocked ? <p className="text-sm text-muted">{blocked}</p> : null}
      </div>
    </section>
  );
}
