"use client";

import { FormProvider, useWatch } from "react-hook-form";
import type { Address } from "viem";
import type { ContributionChainState } from "@/lib/contracts/reads/chain-snapshot";
import { atomicToSeshString } from "@/lib/staking/amounts";
import { minimumOperatorContribution } from "@/lib/staking/contribution";
import { formatFeeBasisPoints, parseFeePercent } from "@/lib/staking/fees";
import { validateMultiRegistration, type MultiSettings } from "@/lib/staking/register";
import { ActionButton as Button } from "../ui/ActionButton";
import { ReservedSlotsEditor, type SlotRow } from "../register/ReservedSlotsEditor";
import { MaxButton } from "../forms/MaxButton";
import { maxAmount, stillNeededBeside } from "@/lib/staking/max-amount";
import { useAddressRules } from "../data/useAddressRules";
import { FieldError } from "../forms/FieldError";
import { useRulesForm } from "../forms/rules-form";
import { useTarget } from "../providers/TargetContext";
import type { TxFlowControls } from "../tx/useTxFlow";

type SlotsValues = { stake: string; reserved: SlotRow[] };

type OperatorSetting = { action: "fee"; feeBasisPoints: number } | { action: "reserved"; reserved: MultiSettings["reserved"] } | { action: "manualFinalize"; manualFinalize: boolean };

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
  const editable = contract.status === "awaitingOperator";
  const own = contract.reservations[0];
  const feeForm = useRulesForm<{ fee: string }>(
    (v) => {
      const f = parseFeePercent(v.fee);
      return f.ok ? null : { fee: f.error };
    },
    { defaultValues: { fee: formatFeeBasisPoints(contract.feeBasisPoints).replace("%", "") } },
  );
  const slotsRules = { ...addressRules, requirement: contract.stakingRequirement, maxContributors: contract.maxContributors, operator: wallet, balance: null };
  const slotsOf = (v: SlotsValues) => validateMultiRegistration({ operatorStake: v.stake, fee: "0", reserved: v.reserved, autoActivate: true }, slotsRules);
  const slotsForm = useRulesForm<SlotsValues>(
    (v) => {
      const r = slotsOf(v);
      return r.ok ? null : { stake: r.issues.operatorStake, reserved: r.issues.reserved, root: { slots: r.issues.slots } };
    },
    {
      defaultValues: {
        stake: own ? atomicToSeshString(own.amount) : atomicToSeshString(minimumOperatorContribution(contract.stakingRequirement)),
        reserved: contract.reservations.slice(1).map((r) => ({ address: r.address, amount: atomicToSeshString(r.amount) })),
      },
    },
  );
  // Max for the operator's slot and each reserved slot: what the node still needs beside the other amounts typed
  const typed = useWatch({ control: slotsForm.control });
  const slotAmounts = (typed.reserved ?? []).map((r) => r?.amount ?? "");
  const stakeMax = maxAmount(stillNeededBeside(contract.stakingRequirement, slotAmounts), null);
  const slotMax = (i: number) => maxAmount(stillNeededBeside(contract.stakingRequirement, [typed.stake ?? "", ...slotAmounts.filter((_, j) => j !== i)]), null);
  if (wallet.toLowerCase() !== contract.operator.toLowerCase() || contract.status === "finalized") return null;
  const run = async (change: OperatorSetting) => {
    const { operatorFlow } = await import("@/lib/flows/operator");
    await tx.run(operatorFlow(target, { kind: "wallet", wallet }, { contract: contract.address, ...change }));
  };

  async function saveFee({ fee }: { fee: string }) {
    const f = parseFeePercent(fee);
    if (f.ok) await run({ action: "fee", feeBasisPoints: f.basisPoints });
  }

  async function saveSlots(values: SlotsValues) {
    const r = slotsOf(values);
    if (r.ok) await run({ action: "reserved", reserved: r.settings.reserved });
  }

  return (
    <section aria-labelledby="settings-heading" className="space-y-4 rounded-2xl border border-line p-4" data-testid="operator-settings">
      <h2 id="settings-heading" className="text-xl font-bold">
        Node settings
      </h2>
      {editable ? (
        <>
          <form onSubmit={feeForm.handleSubmit(saveFee)} noValidate className="flex flex-wrap items-end gap-2">
            <div className="flex-1 basis-40">
              <label htmlFor="settings-fee" className="block text-sm font-medium">
                Operator fee (%)
              </label>
              <input id="settings-fee" inputMode="decimal" autoComplete="off" className={FIELD} data-testid="settings-fee" {...feeForm.register("fee")} />
            </div>
            <Button type="submit" variant="secondary" data-testid="settings-fee-save">
              Save the fee
            </Button>
            <div className="w-full">
              <FieldError message={feeForm.formState.errors.fee?.message} testId="settings-fee-error" />
            </div>
          </form>
          <FormProvider {...slotsForm}>
            <form onSubmit={slotsForm.handleSubmit(saveSlots)} noValidate className="space-y-4">
              <div>
                <label htmlFor="settings-stake" className="block text-sm font-medium">
                  Your slot (SESH), kept for your first contribution when others are reserved
                </label>
                <div className="flex items-stretch gap-2">
                  <input id="settings-stake" inputMode="decimal" autoComplete="off" className={FIELD} data-testid="settings-stake" {...slotsForm.register("stake")} />
                  <MaxButton value={stakeMax} onPick={(text) => slotsForm.setValue("stake", text, { shouldValidate: true, shouldTouch: true })} testId="settings-stake-max" />
                </div>
                <FieldError message={slotsForm.formState.errors.stake?.message} />
              </div>
              <ReservedSlotsEditor max={Number(contract.maxContributors) - 1} slotMax={slotMax} />
              <FieldError message={slotsForm.formState.errors.root?.slots?.message} />
              <Button type="submit" variant="secondary" data-testid="settings-slots-save">
                Save the reserved slots
              </Button>
            </form>
          </FormProvider>
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
