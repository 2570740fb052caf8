"use client";

import { useState } from "react";
import type { Address } from "viem";
import type { ChainSnapshot } from "@/lib/contracts/reads/chain-snapshot";
import { formatSesh } from "@/lib/staking/amounts";
import { claimCapState, claimPlan, type ClaimPlan } from "@/lib/staking/rewards";
import { formatDuration, formatUtc } from "@/lib/staking/timing";
import { Button } from "@/components/ui/Button";
import { useChainClock } from "../data/useChainClock";
import { useNetworkClient } from "../data/useNetworkClient";
import { useTarget } from "../providers/TargetContext";
import { TxDialog, TxNote } from "../tx/TxDialog";
import { useTxFlow } from "../tx/useTxFlow";

type Props = {
  address: Address;
  chain: ChainSnapshot;
  /** when the chain snapshot was read (for the live countdown) */
  readAtMs: number;
  /** the network's signable lifetime amount from GET /rewards; null when the network API failed */
  networkAmount: bigint | null;
};

function capFrom(chain: ChainSnapshot) {
  const r = chain.registry;
  if (r.claimThreshold == null || r.claimCycle == null || r.currentClaimTotal == null || r.currentClaimCycle == null || r.blockTimestamp == null) return null;
  return claimCapState({ claimThreshold: r.claimThreshold, claimCycle: r.claimCycle, currentClaimTotal: r.currentClaimTotal, currentClaimCycle: r.currentClaimCycle, nowUnixSeconds: r.blockTimestamp });
}

/**
 * Claim: the network's signed lifetime balance goes on chain when it is newer (updateRewardsBalance),
 * then claimRewards() pays everything unclaimed, or claimRewards(amount) what the cycle's cap still
 * allows. The figure shown is lib/staking's claimPlan, the same one the flow sends.
 */
export function ClaimPanel({ address, chain, readAtMs, networkAmount }: Props) {
  const target = useTarget();
  const tx = useTxFlow();
  const api = useNetworkClient();
  const [signing, setSigning] = useState(false);
  const [signError, setSignError] = useState<string | null>(null);
  const now = useChainClock(chain.registry.blockTimestamp, readAtMs);
  const acct = chain.account;
  const cap = capFrom(chain);
  if (!acct || acct.rewards == null || acct.claimed == null || !cap) {
    return <p className="text-sm text-muted">The claimable amount cannot be read from the chain right now.</p>;
  }
  const recipient = { rewards: acct.rewards, claimed: acct.claimed };
  const plan = claimPlan(networkAmount, recipient, cap);
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
    const p: ClaimPlan = claimPlan(signed?.amount ?? null, recipient, cap!);
    const { claimFlow } = await import("@/lib/flows/claim");
    setSigning(false);
    if (p.payableNow === 0n) return setSignError("Nothing can be claimed right now.");
    await tx.run(claimFlow(target, { kind: "wallet", wallet: address }, { plan: p, signed }), { confirmed: "claim_confirmed" }, {
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
      <p className="text-sm text-muted">Rewards and the stake of nodes that exited both come back through this claim, to this wallet.</p>
      {plan.capped ? (
        <p role="status" className="rounded-xl border border-amber-500/50 bg-amber-500/5 p-3 text-sm" data-testid="claim-cap-notice">
          The network-wide claim limit leaves {formatSesh(cap.remaining)} SESH for this cycle, less than your {formatSesh(plan.claimable)} SESH. You can claim {formatSesh(plan.payableNow)} SESH now and the rest after the limit resets at {formatUtc(Number(plan.capResetsAt))}
          {resetIn !== null && resetIn > 0 ? ` (in ${formatDuration(resetIn)})` : ""}.
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button size="lg" onClick={claim} disabled={plan.payableNow === 0n || busy} data-testid="claim-button">
          {signing ? "Asking the network to sign…" : plan.payableNow === 0n ? "Nothing to claim" : plan.capped ? `Claim ${formatSesh(plan.payableNow)} SESH now` : `Claim ${formatSesh(plan.payableNow)} SESH`}
        </Button>
        {plan.needsUpdate ? <span className="text-sm text-muted">Two confirmations: your signed balance goes on chain first, then the claim.</span> : null}
      </div>
      {signError ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300" data-testid="claim-error">
          {signError}
        </p>
      ) : null}
      <TxNote tx={tx} />
      <TxDialog tx={tx} />
    </section>
  );
}
