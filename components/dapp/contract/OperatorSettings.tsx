"use client";

import { useState } from "react";
import type { Address } from "viem";
import type { ContributionChainState } from "@/lib/contracts/reads/chain-snapshot";
import { atomicToSeshString } from "@/lib/staking/amounts";
import { formatFeeBasisPoints, parseFeePercent } from "@/lib/staking/fees";
import { validateMultiRegistration, type MultiIssues } from "@/lib/staking/register";
import { Button } from "@/components/ui/Button";
import { ReservedSlotsEditor, type SlotRow } from "../register/ReservedSlotsEditor";
import { useAddressRules } from "../data/useAddressRules";
import { useTarget } from "../providers/TargetContext";
import type { TxFlowControls } from "../tx/useTxFlow";

type OperatorSetting = { action: "fee"; feeBasisPoints: number } | { action: "reserved"; reserved: { addr: Address; amount: bigint }[] } | { action: "manualFinalize"; manualFinalize: boolean };

type Props = { contract: ContributionChainState; wallet: Address; manualFinalize: boolean | null; tx: TxFlowControls };

const FIELD = "mt-1 min-h-11 w-full rounded-xl border border-line bg-bg px-3 font-mono tabular-nums";

/**
 * The operator's settings on its contribution contract, with the contract's own rules (§3.3): fee
 * and reserved slots only before the operator's first contribution (status 0), the activation
 * mode until the node registers. Each change is its own transaction.
 */
export function OperatorSettings({ contract, wallet, manualFinalize, tx }: Props) {
  const target = useTarget();
  const addressRules = useAddressRules(contract.address);
  const editable = contract.status === 0;
  const own = contract.reservations[0];
  const [fee, setFee] = useState(formatFeeBasisPoints(contract.feeBasisPoints).replace("%", ""));
  const [stake, setStake] = useState(own ? atomicToSeshString(own.amount) : atomicToSeshString((contract.stakingRequirement + 3n) / 4n));
  const [rows, setRows] = useState<SlotRow[]>(contract.reservations.slice(1).map((r) => ({ address: r.address, amount: atomicToSeshString(r.amount) })));
  const [feeError, setFeeError] = useState<string | null>(null);
  const [issues, setIssues] = useState<MultiIssues | null>(null);
  if (wallet.toLowerCase() !== contract.operator.toLowerCase() || contract.status === 3) return null;
  const run = async (change: OperatorSetting) => {
    const { operatorFlow } = await import("@/lib/flows/operator");
    await tx.run(operatorFlow(target, { kind: "wallet", wallet }, { contract: contract.address, ...change }));
  };

  async function saveFee() {
    const f = parseFeePercent(fee);
    setFeeError(f.ok ? null : f.error);
    if (f.ok) await run({ action: "fee", feeBasisPoints: f.basisPoints });
  }

  async function saveSlots() {
    const r = validateMultiRegistration(
      { operatorStake: stake, fee: "0", reserved: rows, autoActivate: true },
      { ...addressRules, requirement: contract.stakingRequirement, maxContributors: contract.maxContributors, operator: wallet, balance: null },
    );
    setIssues(r.ok ? null : r.issues);
    if (r.ok) await run({ action: "reserved", reserved: r.settings.reserved as { addr: Address; amount: bigint }[] });
  }

  return (
    <section aria-labelledby="settings-heading" className="space-y-4 rounded-2xl border border-line p-4" data-testid="operator-settings">
      <h2 id="settings-heading" className="text-xl font-bold">
        Node settings
      </h2>
      {editable ? (
        <>
          <div className="flex flex-wrap items-end gap-2">
            <div className="flex-1 basis-40">
              <label htmlFor="settings-fee" className="block text-sm font-medium">
                Operator fee (%)
              </label>
              <input id="settings-fee" value={fee} onChange={(e) => setFee(e.target.value)} inputMode="decimal" autoComplete="off" className={FIELD} data-testid="settings-fee" />
            </div>
            <Button variant="secondary" onClick={saveFee} data-testid="settings-fee-save">
              Save the fee
            </Button>
            {feeError ? (
              <p role="alert" className="w-full text-sm text-red-800 dark:text-red-300" data-testid="settings-fee-error">
                {feeError}
              </p>
            ) : null}
          </div>
          <div>
            <label htmlFor="settings-stake" className="block text-sm font-medium">
              Your slot (SESH), kept for your first contribution when others are reserved
            </label>
            <input id="settings-stake" value={stake} onChange={(e) => setStake(e.target.value)} inputMode="decimal" autoComplete="off" className={FIELD} data-testid="settings-stake" />
            {issues?.operatorStake ? (
              <p role="alert" className="text-sm text-red-800 dark:text-red-300">
                {issues.operatorStake}
              </p>
            ) : null}
          </div>
          <ReservedSlotsEditor rows={rows} issues={issues?.reserved ?? []} onChange={setRows} max={Number(contract.maxContributors) - 1} />
          <Button variant="secondary" onClick={saveSlots} data-testid="settings-slots-save">
            Save the reserved slots
          </Button>
        </>
      ) : (
        <p className="text-sm text-muted">The fee and the reserved slots are fixed once you have contributed (the contract allows changes only before that; a reset reopens them).</p>
      )}
      {manualFinalize !== null ? (
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm" data-testid="settings-activation">
            {manualFinalize ? "You activate the node when it is full." : "The node registers itself when the last contribution fills it."}
          </p>
          <Button variant="secondary" onClick={() => run({ action: "manualFinalize", manualFinalize: !manualFinalize })} data-testid="settings-activation-toggle">
            {manualFinalize ? "Let it register by itself" : "Activate it by hand instead"}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
