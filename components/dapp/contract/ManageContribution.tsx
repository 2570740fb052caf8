"use client";

import { useState } from "react";
import type { Address } from "viem";
import type { ContributionChainState } from "@/lib/contracts/reads/chain-snapshot";
import { formatSesh } from "@/lib/staking/amounts";
import { rewardsAddressIssue } from "@/lib/staking/addresses";
import { beneficiaryState, withdrawState } from "@/lib/staking/manage-contribution";
import { formatDuration, formatUtc } from "@/lib/staking/timing";
import { Button } from "@/components/ui/Button";
import { useAddressRules } from "../data/useAddressRules";
import { useTarget } from "../providers/TargetContext";
import type { TxFlowControls } from "../tx/useTxFlow";
import { AddressLink } from "../ui/AddressLink";

type Props = { contract: ContributionChainState; wallet: Address; chainNow: number | null; tx: TxFlowControls };

/** A contributor's own position: withdraw after the 24-hour lock (live countdown), change the rewards address. */
export function ManageContribution({ contract, wallet, chainNow, tx }: Props) {
  const target = useTarget();
  const addressRules = useAddressRules(contract.address);
  const [address, setAddress] = useState("");
  const [addressError, setAddressError] = useState<string | null>(null);
  const ts = contract.wallet?.contributionTimestamp ?? 0n;
  const withdraw = chainNow !== null ? withdrawState(contract, wallet, ts, chainNow) : { kind: "none" as const };
  const beneficiary = beneficiaryState(contract, wallet);
  if (withdraw.kind === "none" && !beneficiary) return null;

  async function doWithdraw() {
    if (withdraw.kind !== "available") return;
    const { withdrawContributionFlow } = await import("@/lib/flows/manage-contribution");
    await tx.run(withdrawContributionFlow(target, { kind: "wallet", wallet }, { contract: contract.address, amount: withdraw.amount }));
  }

  async function changeBeneficiary() {
    const text = address.trim();
    const issue = text === "" ? "Enter the address that should receive this stake's rewards." : rewardsAddressIssue(text, addressRules);
    setAddressError(issue);
    if (issue) return;
    if (beneficiary && text.toLowerCase() === beneficiary.current.toLowerCase()) return setAddressError("That is already this stake's rewards address.");
    const { updateBeneficiaryFlow } = await import("@/lib/flows/manage-contribution");
    const end = await tx.run(updateBeneficiaryFlow(target, { kind: "wallet", wallet }, { contract: contract.address, beneficiary: text as Address }));
    if (end?.status === "done") setAddress("");
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
            Withdraw {formatSesh(withdraw.amount)} SESH
          </Button>
        </div>
      ) : null}
      {beneficiary ? (
        <div className="space-y-2">
          <p className="text-sm">
            Rewards go to <AddressLink address={beneficiary.current} />.
          </p>
          {beneficiary.canChange ? (
            <div className="flex flex-wrap items-start gap-2">
              <label className="sr-only" htmlFor="new-beneficiary">
                New rewards address
              </label>
              <input id="new-beneficiary" value={address} onChange={(e) => setAddress(e.target.value)} placeholder="0x… new rewards address" autoComplete="off" spellCheck={false} className="min-h-11 flex-1 basis-64 rounded-xl border border-line bg-bg px-3 font-mono text-sm" data-testid="beneficiary-input" />
              <Button variant="secondary" onClick={changeBeneficiary} data-testid="beneficiary-submit">
                Change rewards address
              </Button>
              {addressError ? (
                <p role="alert" className="w-full text-sm text-red-800 dark:text-red-300" data-testid="beneficiary-error">
                  {addressError}
                </p>
              ) : null}
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
