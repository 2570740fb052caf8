"use client";

import Link from "next/link";
import { useEffect } from "react";
import { FormProvider, useWatch } from "react-hook-form";
import type { Address } from "viem";
import type { ContributionChainState } from "@/lib/contracts/reads/chain-snapshot";
import { formatSesh, parseSesh } from "@/lib/staking/amounts";
import { rewardsAddressIssue } from "@/lib/staking/addresses";
import { minimumOperatorContribution } from "@/lib/staking/contribution";
import { validateMultiRegistration, type NodeKeys, type WizardContractVerdict } from "@/lib/staking/register";
import { ActionButton as Button } from "../ui/ActionButton";
import { useAddressRules } from "../data/useAddressRules";
import { FieldError } from "../forms/FieldError";
import { useRulesForm } from "../forms/rules-form";
import { useTarget } from "../providers/TargetContext";
import type { TxFlowControls } from "../tx/useTxFlow";
import { ReservedSlotsEditor, type SlotRow } from "./ReservedSlotsEditor";
import { MaxButton } from "../forms/MaxButton";
import { maxAmount, stillNeededBeside } from "@/lib/staking/max-amount";
import type { WizardState } from "./wizard-url";

type Props = {
  keys: NodeKeys;
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

type MultiFormValues = { stake: string; fee: string; reserved: SlotRow[]; auto: boolean; rewards: string };

/**
 * A multi-contributor node in two tapped steps: the factory creates the node's contribution
 * contract with the fee, reserved slots and activation mode (its address read from the receipt's
 * event, kept in the URL); then the operator approves and stakes its own share.
 */
export function MultiRegistration({ keys, operator, requirement, maxContributors, balance, state, onChange, contract, contractVerdict, blocked, tx }: Props) {
  const target = useTarget();
  const addressRules = useAddressRules();
  const rules = { ...addressRules, requirement, maxContributors, operator, balance };
  const settingsOf = (v: MultiFormValues) => validateMultiRegistration({ operatorStake: v.stake, fee: v.fee, reserved: v.reserved, autoActivate: v.auto }, rules);
  const form = useRulesForm<MultiFormValues>(
    (v) => {
      const r = settingsOf(v);
      const rewards = rewardsAddressIssue(v.rewards, addressRules);
      if (r.ok) return { rewards };
      const { operatorStake, fee, reserved, slots } = r.issues;
      return { stake: operatorStake, fee, reserved, rewards, root: { slots } };
    },
    { defaultValues: { stake: state.stake, fee: state.fee, reserved: state.reserved, auto: state.auto, rewards: state.rewards } },
  );
  // Max for the operator's stake and each slot: what the node still needs beside the other amounts typed
  const typed = useWatch({ control: form.control });
  const slotAmounts = (typed.reserved ?? []).map((r) => r?.amount ?? "");
  const stakeMax = maxAmount(stillNeededBeside(requirement, slotAmounts), balance);
  const slotMax = (i: number) => maxAmount(stillNeededBeside(requirement, [typed.stake ?? "", ...slotAmounts.filter((_, j) => j !== i)]), null);
  // the typed settings follow into the wizard's state (and its URL), so a reload resumes them
  const { watch } = form;
  useEffect(() => {
    const sub = watch((v) => onChange({ ...state, stake: v.stake ?? "", fee: v.fee ?? "", reserved: (v.reserved ?? []).map((r) => ({ address: r?.address ?? "", amount: r?.amount ?? "" })), auto: v.auto ?? true, rewards: v.rewards ?? "" }));
    return () => sub.unsubscribe();
  }, [watch, onChange, state]);

  async function createContract(values: MultiFormValues) {
    const r = settingsOf(values);
    if (!r.ok || blocked) return;
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
    const opened = contract !== null && contract.status !== "awaitingOperator";
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

  const errors = form.formState.errors;
  return (
    <FormProvider {...form}>
      <form onSubmit={form.handleSubmit(createContract)} noValidate aria-labelledby="multi-heading" className="space-y-4 rounded-2xl border border-line p-4" data-testid="multi-registration">
        <h2 id="multi-heading" className="text-xl font-bold">
          Step 1 of 2: the node&apos;s settings
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="multi-stake" className="block text-sm font-medium">
              Your stake (SESH, at least {formatSesh(minimumOperatorContribution(requirement), { maxDecimals: 9 })})
            </label>
            <div className="flex items-stretch gap-2">
              <input id="multi-stake" inputMode="decimal" autoComplete="off" className={`${FIELD} font-mono tabular-nums`} data-testid="multi-stake-amount" {...form.register("stake")} />
              <MaxButton value={stakeMax} onPick={(text) => form.setValue("stake", text, { shouldValidate: true, shouldTouch: true })} testId="multi-stake-max" />
            </div>
            <FieldError message={errors.stake?.message} testId="multi-stake-error" />
          </div>
          <div>
            <label htmlFor="multi-fee" className="block text-sm font-medium">
              Operator fee (%, 0 to 100, two decimals)
            </label>
            <input id="multi-fee" inputMode="decimal" autoComplete="off" className={`${FIELD} font-mono tabular-nums`} data-testid="multi-fee" {...form.register("fee")} />
            <FieldError message={errors.fee?.message} testId="multi-fee-error" />
          </div>
        </div>
        <ReservedSlotsEditor max={Number(maxContributors) - 1} slotMax={slotMax} />
        <FieldError message={errors.root?.slots?.message} />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" data-testid="multi-auto" {...form.register("auto")} />
          Register the node by itself when the last contribution fills it (otherwise you activate it)
        </label>
        <div>
          <label htmlFor="multi-rewards" className="block text-sm font-medium">
            Rewards address for your stake (optional; empty: this wallet)
          </label>
          <input id="multi-rewards" placeholder="0x…" spellCheck={false} autoComplete="off" className={`${FIELD} font-mono text-sm`} {...form.register("rewards")} />
          <FieldError message={errors.rewards?.message} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" size="lg" disabled={blocked !== null} data-testid="multi-create">
            Create the node&apos;s contract
          </Button>
          {blocked ? <p className="text-sm text-muted">{blocked}</p> : null}
        </div>
      </form>
    </FormProvider>
  );
}
