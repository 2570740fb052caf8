"use client";

import { useRouter } from "next/navigation";
import { isAddress, type Address } from "viem";
import type { VestingActor } from "@/lib/flows/flow-target";
import { formatSesh } from "@/lib/staking/amounts";
import { formatDuration, formatUtc } from "@/lib/staking/timing";
import { newVestingBeneficiaryIssue, type VestingFacts, type VestingFigures } from "@/lib/staking/vesting";
import { useRulesForm } from "../forms/rules-form";
import { ActionButton as Button } from "../ui/ActionButton";
import { useTarget } from "../providers/TargetContext";
import { TxNote } from "../tx/TxNote";
import { useTxFlow } from "../tx/useTxFlow";
import { rememberActing } from "./acting-storage";

type Props = {
  actor: VestingActor;
  facts: VestingFacts;
  /** lib/staking's vestingFigures, computed by the server from the chain and the network's record */
  figures: VestingFigures;
};

const ZERO = /^0x0{40}$/i;
const sesh = (v: bigint | null) => (v === null ? "—" : `${formatSesh(v)} SESH`);

function Row({ label, value, testId }: { label: string; value: React.ReactNode; testId: string }) {
  return (
    <div className="rounded-xl border border-line p-3">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="mt-1 break-all font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

/**
 * The vesting contract the wallet acts as (spec Appendix C.2): who it belongs to, what was vested,
 * what is staked, held and owed, and when it unlocks; after the end, withdraw its balance
 * (`release`), with a warning when SESH stays staked or unclaimed; hand it to a new beneficiary
 * where the contract allows it. Each write goes through the one transaction engine, which checks
 * the vesting contract on chain again first.
 */
export function VestingOverview({ actor, facts, figures: f }: Props) {
  const target = useTarget();
  const router = useRouter();
  const tx = useTxFlow();
  // the rule is lib/staking's (not the contract itself, not the current beneficiary, a checksummed address)
  const heirForm = useRulesForm<{ heir: string }>(
    (v) => {
      const issue = newVestingBeneficiaryIssue(v.heir, facts, (t) => isAddress(t, { strict: true }));
      return issue ? { heir: issue } : null;
    },
    { defaultValues: { heir: "" } },
  );
  const heirIssue = heirForm.formState.errors.heir?.message ?? null;
  const busy = tx.state?.status === "running";
  const phase = f.phase;

  async function release() {
    const { releaseVestingFlow } = await import("@/lib/flows/vesting");
    await tx.run(releaseVestingFlow(target, actor, { balance: f.unstaked }));
  }

  async function transfer({ heir }: { heir: string }) {
    const { transferVestingBeneficiaryFlow } = await import("@/lib/flows/vesting");
    const end = await tx.run(transferVestingBeneficiaryFlow(target, actor, { newBeneficiary: heir.trim() as Address }));
    if (end?.status === "done") {
      // no longer this wallet's: it acts as itself again
      rememberActing(actor.wallet, null);
      router.refresh();
    }
  }

  return (
    <section aria-labelledby="vesting-heading" className="space-y-4 rounded-2xl border border-line p-4" data-testid="vesting-overview">
      <h2 id="vesting-heading" className="text-xl font-bold">
        Vesting contract
      </h2>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Row label="Contract" testId="vesting-address" value={<span className="font-mono text-sm">{facts.address}</span>} />
        <Row label="Beneficiary" testId="vesting-beneficiary" value={<span className="font-mono text-sm">{facts.beneficiary}</span>} />
        <Row label="Revoker" testId="vesting-revoker" value={ZERO.test(facts.revoker) ? "none (cannot be revoked)" : <span className="font-mono text-sm">{facts.revoker}</span>} />
        <Row label="Initial amount" testId="vesting-initial" value={sesh(f.initialAmount)} />
        <Row label="Staked" testId="vesting-staked" value={sesh(f.staked)} />
        <Row label={phase.kind === "unlocked" ? "Withdrawable" : "Unstaked"} testId="vesting-unstaked" value={sesh(f.unstaked)} />
        <Row label="Unclaimed" testId="vesting-unclaimed" value={sesh(f.unclaimed)} />
        <Row
          label="Time to unlock"
          testId="vesting-unlock"
          value={phase.kind === "revoked" ? "revoked" : f.unlocksInSeconds > 0 ? `${formatDuration(f.unlocksInSeconds)} (${formatUtc(Number(facts.end))})` : "Unlocked"}
        />
      </dl>
      {phase.kind === "unlocked" ? (
        <div className="space-y-2">
          {f.releaseWarning ? (
            <p role="status" className="rounded-xl border border-amber-500/50 bg-amber-500/5 p-3 text-sm" data-testid="vesting-release-warning">
              {f.releaseWarning}
            </p>
          ) : null}
          <Button size="lg" onClick={release} disabled={!f.canRelease || busy} data-testid="vesting-release">
            {f.canRelease ? `Withdraw ${formatSesh(f.unstaked)} SESH to your wallet` : "Nothing to withdraw"}
          </Button>
        </div>
      ) : null}
      {facts.transferableBeneficiary && phase.kind !== "revoked" ? (
        <form onSubmit={heirForm.handleSubmit(transfer)} noValidate className="space-y-2" data-testid="vesting-transfer">
          <label htmlFor="vesting-heir" className="block text-sm font-medium">
            Hand this vesting contract to a new beneficiary
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              id="vesting-heir"
              {...heirForm.register("heir")}
              placeholder="0x…"
              spellCheck={false}
              autoComplete="off"
              aria-invalid={heirIssue ? true : undefined}
              className="min-h-11 flex-1 basis-72 rounded-xl border border-line bg-bg px-3 font-mono text-sm"
              data-testid="vesting-heir"
            />
            <Button type="submit" variant="secondary" size="lg" disabled={busy} data-testid="vesting-transfer-submit">
              Transfer
            </Button>
          </div>
          {heirIssue ? (
            <p role="alert" className="text-sm text-red-800 dark:text-red-300" data-testid="vesting-heir-error">
              {heirIssue}
            </p>
          ) : null}
        </form>
      ) : null}
      <TxNote tx={tx} />
    </section>
  );
}
