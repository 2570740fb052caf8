"use client";

import { useState } from "react";
import type { Address } from "viem";
import type { Actor } from "@/lib/flows/flow-target";
import { formatSesh } from "@/lib/staking/amounts";
import { claimPlan, type ClaimPlan, type ClaimView } from "@/lib/staking/rewards";
import { formatDuration, formatUtc } from "@/lib/staking/timing";
import { ActionButton as Button } from "../ui/ActionButton";
import { useChainClock } from "../data/useChainClock";
import { useBackendClient } from "../data/useBackendClient";
import { useTarget } from "../providers/TargetContext";
import { TxNote } from "../tx/TxNote";
import { useTxFlow } from "../tx/useTxFlow";

type Props = {
  /** the recipient: the wallet, or the vesting contract it acts as */
  address: Address;
  /** who claims (absent: the wallet `address` itself) */
  actor?: Actor;
  /** lib/staking's claimView of the page's chain read and the network's signable amount (null: figures missing) */
  claim: ClaimView | null;
  /** the chain's clock at that read, and when it was read (for the live countdown) */
  blockTimestamp: bigint | null;
  readAtMs: number;
};

/**
 * Claim: the network's signed lifetime balance goes on chain when it is newer (updateRewardsBalance),
 * then claimRewards() pays everything unclaimed, or claimRewards(amount) what the cycle's cap still
 * allows. The figure shown is lib/staking's claimPlan, the same one the flow sends.
 */
export function ClaimPanel({ address, actor, claim: view, blockTimestamp, readAtMs }: Props) {
  const target = useTarget();
  const tx = useTxFlow();
  const api = useBackendClient();
  const [signing, setSigning] = useState(false);
  const [signError, setSignError] = useState<string | null>(null);
  const now = useChainClock(blockTimestamp, readAtMs);
  if (!view) return <p className="text-sm text-muted">The claimable amount cannot be read from the chain right now.</p>;
  const { recipient, cap, plan } = view;
  const busy = signing || tx.state?.status === "running";

  async function claim() {
    setSignError(null);
    setSigning(true);
    let signed: { amount: bigint; signature: string; nonSigners: bigint[] } | null = null;
    try {
      const answer = await (await api()).getRewardsSignature(address);
      signed = { amount: answer.rewards.amount, signature: answer.rewards.signature, nonSigners: answer.rewards.non_signer_indices };
    } catch (e) {
      // without a fresh signature the chain's own balance can still be claimed
      if (recipient.rewards <= recipient.claimed) {
        setSignError(e instanceof Error ? e.message : String(e));
        setSigning(false);
        return;
      }
    }
    // a new plan for the signature just fetched (the page's plan used the network's earlier answer)
    const p: ClaimPlan = claimPlan(signed?.amount ?? null, recipient, cap);
    const { claimFlow } = await import("@/lib/flows/claim");
    setSigning(false);
    if (p.payableNow === 0n) return setSignError("Nothing can be claimed right now.");
    await tx.run(claimFlow(target, actor ?? { kind: "wallet", wallet: address }, { plan: p, signed }), { confirmed: "claim_confirmed" }, {
      // Retry starts the claim over: a fresh signed balance and a new plan, never the same call again
      // (a signature the chain refused stays refused, and a balance put on chain before the failure
      // needs no second update)
      restart: claim,
    });
  }

  const resetIn = now !== null ? Number(plan.capResetsAt) - now : null;
  return (
    <section aria-labelledby="claim-heading" className="space-y-3 rounded-2xl border border-line p-4" data-testid="claim-panel">
      <h3 id="claim-heading" className="text-lg font-bold">
        Claim
      </h3>
      <p>
        <span className="text-muted">Claimable: </span>
        {/* to the last atomic unit: this is money the user is about to move */}
        <strong className="tabular-nums" data-testid="claim-claimable">
          {formatSesh(plan.claimable, { maxDecimals: 9 })} SESH
        </strong>
      </p>
      <p className="text-sm text-muted">
        {actor?.kind === "vesting"
          ? "Rewards and the stake of nodes that exited both come back through this claim, into the vesting contract (not your wallet)."
          : "Rewards and the stake of nodes that exited both come back through this claim, to this wallet."}
      </p>
      {plan.capped ? (
        <p role="status" className="rounded-xl border border-amber-500/50 bg-amber-500/5 p-3 text-sm" data-testid="claim-cap-notice">
          The network-wide claim limit leaves <span className="sensitive">{formatSesh(cap.remaining)} SESH</span> for this cycle, less than your <span className="sensitive">{formatSesh(plan.claimable)} SESH</span>. You can claim <span className="sensitive">{formatSesh(plan.payableNow)} SESH</span> now and the rest after the limit resets at {formatUtc(Number(plan.capResetsAt))}
          {resetIn !== null && resetIn > 0 ? ` (in ${formatDuration(resetIn)})` : ""}.
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button size="lg" onClick={claim} disabled={plan.payableNow === 0n || busy} data-testid="claim-button">
          {signing ? (
            "Asking the network to sign…"
          ) : plan.payableNow === 0n ? (
            "Nothing to claim"
          ) : (
            <>
              Claim <span className="sensitive">{formatSesh(plan.payableNow)} SESH</span>
              {plan.capped ? " now" : ""}
            </>
          )}
        </Button>
        {plan.needsUpdate ? <span className="text-sm text-muted">Two confirmations: your signed balance goes on chain first, then the claim.</span> : null}
      </div>
      {signError ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300" data-testid="claim-error">
          {signError}
        </p>
      ) : null}
      <TxNote tx={tx} />
    </section>
  );
}
