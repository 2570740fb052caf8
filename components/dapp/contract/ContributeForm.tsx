"use client";

import { useMemo } from "react";
import { useWatch } from "react-hook-form";
import type { Address } from "viem";
import type { Actor } from "@/lib/flows/flow-target";
import type { ContributionChainState } from "@/lib/contracts/reads/chain-snapshot";
import { ATOMIC_PER_SESH, atomicToSeshString, formatSesh, parseSesh } from "@/lib/staking/amounts";
import { amountBounds, contributeBlocker, contributionAllowance, contributionNotice, validateContribution, type ContributeContext, type ContributeValues } from "@/lib/staking/contribute-form";
import { ActionButton as Button } from "../ui/ActionButton";
import { useAddressRules } from "../data/useAddressRules";
import { useRulesForm } from "../forms/rules-form";
import { useTarget } from "../providers/TargetContext";
import { Usd } from "../ui/Usd";
import type { TxFlowControls } from "../tx/useTxFlow";

type Props = {
  contract: ContributionChainState;
  /** the staker: the connected wallet, or the vesting contract `actor` acts as; null when none */
  wallet: Address | null;
  /** who stakes (absent: the wallet itself); a vesting contract stakes its own SESH, its rewards going to the wallet by default */
  actor?: Actor;
  walletChainOk: boolean;
  balance: bigint | null;
  ethBalance: bigint | null;
  /** the page's one transaction flow (its dialog outlives this form when the node registers) */
  tx: TxFlowControls;
};

const FIELD = "min-h-11 w-full rounded-xl border border-line bg-bg px-3 text-base";

/**
 * Contribute (or top up) to a contribution contract: amount with Min / Max, an optional rewards
 * address, the lock notice, then approve + contributeFunds through the one transaction flow.
 * Every rule and message comes from lib/staking/contribute-form.
 */
export function ContributeForm({ contract, wallet, actor, walletChainOk, balance, ethBalance, tx }: Props) {
  const target = useTarget();
  const addressRules = useAddressRules(contract.address);

  const ctx: ContributeContext | null = useMemo(
    () => (wallet ? { ...addressRules, allowance: contributionAllowance(contract, wallet), balance, ethBalance } : null),
    [wallet, contract, balance, ethBalance, addressRules],
  );
  // lib/staking's rules are the schema; they follow the chain's latest figures
  const form = useRulesForm<ContributeValues>(
    (values) => {
      if (!ctx) return { amount: "Connect a wallet to stake." };
      const r = validateContribution(values, ctx);
      return r.ok ? null : r.issues;
    },
    { defaultValues: { amount: "", beneficiary: "" }, mode: "onTouched" },
  );
  const { errors, isSubmitting } = form.formState;

  const typed = parseSesh(useWatch({ control: form.control, name: "amount" }) ?? "");
  const blocker = ctx ? contributeBlocker(ctx) : "Connect a wallet (top right) to stake.";
  const bounds = ctx ? amountBounds(ctx) : null;
  const notice = wallet ? contributionNotice(contract, wallet, typed.ok ? typed.atomic : null) : null;
  const busy = tx.state !== null && ["running"].includes(tx.state.status);
  const topUp = ctx?.allowance.kind === "topUp";

  async function submit(values: ContributeValues) {
    if (!ctx || !wallet) return;
    const r = validateContribution(values, ctx);
    if (!r.ok) return;
    const { contributeFlow } = await import("@/lib/flows/contribute");
    const spec = contributeFlow(target, actor ?? { kind: "wallet", wallet }, { contract: contract.address, amount: r.amount, beneficiary: (r.beneficiary as Address | null) ?? null, purpose: topUp ? "topUp" : "stake" });
    const end = await tx.run(spec, { submitted: "stake_submitted", confirmed: "stake_confirmed" });
    if (end?.status === "done") form.reset();
  }

  const setAmount = (v: bigint) => form.setValue("amount", atomicToSeshString(v), { shouldValidate: true, shouldTouch: true });

  return (
    <form onSubmit={form.handleSubmit(submit)} noValidate className="space-y-4" data-testid="contribute-form" aria-labelledby="contribute-heading">
      <h2 id="contribute-heading" className="text-xl font-bold">
        {topUp ? "Add to your stake" : "Stake to this node"}
      </h2>
      <div>
        <label htmlFor="contribute-amount" className="block text-sm font-medium">
          Amount (SESH)
        </label>
        <div className="mt-1 flex flex-wrap items-stretch gap-2">
          <input
            id="contribute-amount"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            placeholder={bounds ? atomicToSeshString(bounds.min > 0n ? bounds.min : ATOMIC_PER_SESH) : "0"}
            aria-invalid={errors.amount ? true : undefined}
            aria-describedby="contribute-amount-help contribute-amount-error"
            disabled={!ctx || busy}
            className={`${FIELD} flex-1 basis-48 font-mono tabular-nums`}
            data-testid="contribute-amount"
            {...form.register("amount")}
          />
          <Button variant="secondary" size="lg" disabled={!bounds || bounds.min === 0n || busy} onClick={() => bounds && setAmount(bounds.min)} data-testid="contribute-min">
            Min
          </Button>
          <Button variant="secondary" size="lg" disabled={!bounds || bounds.max === 0n || busy} onClick={() => bounds && setAmount(bounds.max)} data-testid="contribute-max">
            Max
          </Button>
        </div>
        <p id="contribute-amount-help" className="sensitive mt-1 text-sm text-muted">
          {bounds ? (
            <>
              {ctx?.allowance.kind === "reserved" ? "Your reserved slot: " : bounds.min > 0n ? `Minimum ${formatSesh(bounds.min, { maxDecimals: 9 })} SESH, ` : ""}
              {ctx?.allowance.kind === "reserved" ? `${formatSesh(bounds.min, { maxDecimals: 9 })} SESH.` : `up to ${formatSesh(bounds.max)} SESH.`}
              {balance !== null ? ` ${actor?.kind === "vesting" ? "The vesting contract holds" : "Your balance:"} ${formatSesh(balance)} SESH.` : null}
            </>
          ) : null}
        </p>
        <p className="mt-1 text-sm text-muted" aria-live="polite">
          In US dollars: <Usd atomic={typed.ok ? typed.atomic : null} testId="contribute-amount-usd" />
        </p>
        {errors.amount?.message ? (
          <p id="contribute-amount-error" role="alert" className="mt-1 text-sm text-red-800 dark:text-red-300" data-testid="contribute-amount-error">
            {errors.amount.message}
          </p>
        ) : null}
      </div>
      <details className="rounded-xl border border-line p-3">
        <summary className="cursor-pointer text-sm font-medium">Send the rewards to another address (optional)</summary>
        <label htmlFor="contribute-beneficiary" className="mt-3 block text-sm">
          {actor?.kind === "vesting" ? "Rewards address (empty: your wallet, not the vesting contract)" : "Rewards address (empty: this wallet)"}
        </label>
        <input
          id="contribute-beneficiary"
          autoComplete="off"
          spellCheck={false}
          placeholder="0x…"
          aria-invalid={errors.beneficiary ? true : undefined}
          disabled={!ctx || busy}
          className={`${FIELD} mt-1 font-mono text-sm`}
          data-testid="contribute-beneficiary"
          {...form.register("beneficiary")}
        />
        {errors.beneficiary?.message ? (
          <p role="alert" className="mt-1 text-sm text-red-800 dark:text-red-300" data-testid="contribute-beneficiary-error">
            {errors.beneficiary.message}
          </p>
        ) : null}
      </details>
      {notice ? (
        <div className="rounded-xl border border-amber-500/50 bg-amber-500/5 p-3 text-sm" data-testid="contribute-notice">
          <p>
            {notice.isTopUp
              ? `A top-up restarts the ${notice.lockHours}-hour lock: you can withdraw ${notice.lockHours} hours after your latest contribution, until the node registers.`
              : `Your SESH is locked for ${notice.lockHours} hours: you can withdraw it ${notice.lockHours} hours after contributing, until the node registers. Once it registers, the stake comes back only through an exit.`}
          </p>
          <p className="mt-2">
            A contributor with less than 25 % of the node ({formatSesh(notice.smallBelow)} SESH) can request an exit only 30 days after the node registers.
            {notice.smallAfterThis ? " With this amount, that applies to you." : null}
          </p>
        </div>
      ) : null}
      {wallet && !walletChainOk ? <p className="text-sm text-muted">Your wallet is on another network: you will be asked to switch before anything is sent.</p> : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="lg" disabled={blocker !== null || busy || isSubmitting} aria-describedby={blocker ? "contribute-blocked" : undefined} data-testid="contribute-submit">
          {typed.ok && typed.atomic > 0n ? (
            <>
              {topUp ? "Top up" : "Stake"} <span className="sensitive">{formatSesh(typed.atomic)} SESH</span>
            </>
          ) : topUp ? (
            "Top up"
          ) : (
            "Stake"
          )}
        </Button>
        {blocker ? (
          <p id="contribute-blocked" className="text-sm text-muted" data-testid="contribute-blocked">
            {blocker}
          </p>
        ) : null}
      </div>
    </form>
  );
}
