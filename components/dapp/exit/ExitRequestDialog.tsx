"use client";

import { useEffect, useRef } from "react";
import type { ContributorOnChain } from "@/lib/contracts/reads/chain-snapshot";
import { formatSesh } from "@/lib/staking/amounts";
import { describeDelay, exitGraceSeconds, type LiquidationSplit } from "@/lib/staking/exit";
import { timingConstants, type NetworkKind } from "@/lib/staking/timing";
import { ActionButton as Button } from "../ui/ActionButton";
import { AddressLink } from "../ui/AddressLink";
import { useTarget } from "../providers/TargetContext";

type Props = {
  open: boolean;
  again: boolean;
  nodeId: bigint;
  contributors: readonly ContributorOnChain[];
  wallet: string;
  kind: NetworkKind;
  /** what a liquidation would take, with the contract's ratios (null when they could not be read) */
  liquidation: LiquidationSplit | null;
  onConfirm: () => void;
  onCancel: () => void;
};

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Before an exit request is sent: what happens to every contributor of the node and how long it
 * takes (spec §2.4, §6.4). The request itself moves no tokens; the stake comes back later, through
 * the claim, once the node has exited with the network's signature.
 */
export function ExitRequestDialog({ open, again, nodeId, contributors, wallet, kind, liquidation, onConfirm, onCancel }: Props) {
  const { explorerUrl } = useTarget();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  const unlock = describeDelay(timingConstants(kind).exitRequestUnlockSeconds);
  const grace = describeDelay(exitGraceSeconds(kind));
  const where = kind === "mainnet" ? "on mainnet" : "on this test network (14 days on mainnet)";
  return (
    <dialog
      ref={ref}
      onClose={onCancel}
      aria-labelledby={`exit-confirm-title-${nodeId}`}
      className="m-auto max-h-[90dvh] w-[min(36rem,calc(100vw-2rem))] overflow-y-auto overscroll-contain rounded-2xl border border-line bg-card p-6 text-left text-fg backdrop:bg-black/60"
      data-testid="exit-confirm-dialog"
    >
      <div className="space-y-4 text-sm">
        <h2 id={`exit-confirm-title-${nodeId}`} className="text-xl font-bold">
          {again ? `Request the exit of node #${nodeId} again?` : `Request the exit of node #${nodeId}?`}
        </h2>
        {again ? <p>Send this when the Session Network has not recorded the first request: the request is the same, the waiting starts again when the network sees it.</p> : null}
        <p>The whole node leaves the network, with every contributor&apos;s stake; no contributor can stay behind:</p>
        <ul className="space-y-1" data-testid="exit-confirm-contributors">
          {contributors.map((c, i) => (
            <li key={`${c.address}-${i}`} className="flex flex-wrap gap-x-2">
              <AddressLink explorerUrl={explorerUrl} address={c.address} />
              {same(c.address, wallet) ? <span className="text-muted">(you)</span> : null}
              <span className="tabular-nums">{formatSesh(c.amount)} SESH</span>
              {!same(c.address, c.beneficiary) ? (
                <span className="text-muted">
                  returned to <AddressLink explorerUrl={explorerUrl} address={c.beneficiary} />
                </span>
              ) : null}
            </li>
          ))}
        </ul>
        <ol className="list-decimal space-y-1 pl-5">
          <li>This request moves no tokens; it costs only the network fee. The contract has no way to take it back.</li>
          <li>
            The Session Network unlocks the exit about <strong>{unlock}</strong> after it sees the request ({where}). The node keeps running until it leaves.
          </li>
          <li>Then any contributor completes the exit here with the network&apos;s signature: a second transaction.</li>
          <li>Each contributor&apos;s stake then comes back through the claim on My stakes, to the rewards address shown above.</li>
        </ol>
        {liquidation && liquidation.penalty > 0n ? (
          <p className="text-muted">
            Complete the exit within {grace} of the unlock: after that anyone may liquidate the node, which takes <span className="sensitive">{formatSesh(liquidation.liquidatorAmount)} SESH</span> for the liquidator and <span className="sensitive">{formatSesh(liquidation.poolAmount)} SESH</span> for the reward pool out of the stake.
          </p>
        ) : null}
        <div className="flex flex-wrap justify-end gap-3">
          <Button variant="secondary" onClick={onCancel} data-testid="exit-confirm-cancel">
            Cancel
          </Button>
          <Button onClick={onConfirm} data-testid="exit-confirm-button">
            {again ? "Request again" : "Request exit"}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
