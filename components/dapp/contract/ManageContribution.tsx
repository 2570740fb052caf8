"use client";

import type { Address } from "viem";
import type { Actor } from "@/lib/flows/flow-target";
import type { ContributionChainState } from "@/lib/contracts/reads/chain-snapshot";
import { formatSesh } from "@/lib/staking/amounts";
import { beneficiaryState, newBeneficiaryIssue, withdrawState } from "@/lib/staking/manage-contribution";
import { formatDuration, formatUtc } from "@/lib/staking/timing";
import { ActionButton as Button } from "../ui/ActionButton";
import { useAddressRules } from "../data/useAddressRules";
import { FieldError } from "../forms/FieldError";
import { useRulesForm } from "../forms/rules-form";
import { useTarget } from "../providers/TargetContext";
import type { TxFlowControls } from "../tx/useTxFlow";
import { AddressLink } from "../ui/AddressLink";

/** `wallet`: the staker (the wallet, or the vesting contract `actor` acts as) */
type Props = { contract: ContributionChainState; wallet: Address; actor?: Actor; chainNow: number | null; tx: TxFlowControls };

/** A contributor's own position: withdraw after the 24-hour lock (live countdown), change the rewards address. */
export function ManageContribution({ contract, wallet, actor, chainNow, tx }: Props) {
  const target = useTarget();
  const addressRules = useAddressRules(contract.address);
  const ts = contract.wallet?.contributionTimestamp ?? 0n;
  const withdraw = chainNow !== null ? withdrawState(contract, wallet, ts, chainNow) : { kind: "none" as const };
  const beneficiary = beneficiaryState(contract, wallet);
  const form = useRulesForm<{ beneficiary: string }>((v) => ({ beneficiary: newBeneficiaryIssue(v.beneficiary, beneficiary?.current ?? null, addressRules) }), { defaultValues: { beneficiary: "" } });
  if (withdraw.kind === "none" && !beneficiary) return null;

  async function doWithdraw() {
    if (withdraw.kind !== "available") return;
    const { withdrawContributionFlow } = await import("@/lib/flows/manage-contribution");
    await tx.run(withdrawContributionFlow(target, actor ?? { kind: "wallet", wallet }, { contract: contract.address, amount: withdraw.amount }));
  }

  async function changeBeneficiary({ beneficiary: text }: { beneficiary: string }) {
    const { updateBeneficiaryFlow } = await import("@/lib/flows/manage-contribution");
    const end = await tx.run(updateBeneficiaryFlow(target, actor ?? { kind: "wallet", wallet }, { contract: contract.address, beneficiary: text.trim() as Address }));
    if (end?.status === "done") form.reset();
  }

  return (
    <section aria-labelledby="manage-heading" className="space-y-4 rounded-2xl border border-line p-4" data-testid="manage-contribution">
      <h2 id="manage-heading" className="text-xl font-bold">
        Your contribution
      </h2>
      {withdraw.kind !== "none" ? (
        <div className="space-y-2">
          <p>
            You have <strong className="tabular-nums">{formatSesh(withdraw.amount)} SESH</strong> in this node.
          </p>
          {withdraw.kind === "locked" && chainNow !== null ? (
            <p className="text-sm text-muted" data-testid="withdraw-countdown">
              You can withdraw in {formatDuration(withdraw.availableAt - chainNow)}, from {formatUtc(withdraw.availableAt)} (24 hours after your latest contribution).
            </p>
          ) : null}
          <Button variant="secondary" disabled={withdraw.kind !== "available"} onClick={doWithdraw} data-testid="withdraw-button">
            Withdraw <span className="sensitive">{formatSesh(withdraw.amount)} SESH</span>
          </Button>
        </div>
      ) : null}
      {beneficiary ? (
        <div className="space-y-2">
          <p className="text-sm">
            Rewards go to <AddressLink explorerUrl={target.explorerUrl} address={beneficiary.current} />.
          </p>
          {beneficiary.canChange ? (
            <form onSubmit={form.handleSubmit(changeBeneficiary)} noValidate className="flex flex-wrap items-start gap-2">
              <label className="sr-only" htmlFor="new-beneficiary">
                New rewards address
              </label>
              <input id="new-beneficiary" placeholder="0x… new rewards address" autoComplete="off" spellCheck={false} className="min-h-11 flex-1 basis-64 rounded-xl border border-line bg-bg px-3 font-mono text-sm" data-testid="beneficiary-input" {...form.register("beneficiary")} />
              <Button type="submit" variant="secondary" data-testid="beneficiary-submit">
                Change rewards address
              </Button>
              <div className="w-full">
                <FieldError message={form.formState.errors.beneficiary?.message} testId="beneficiary-error" />
              </div>
            </form>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
