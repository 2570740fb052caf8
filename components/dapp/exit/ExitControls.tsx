"use client";

import Link from "next/link";
import { useState } from "react";
import type { Address } from "viem";
import type { Actor } from "@/lib/flows/flow-target";
import type { ChainSnapshot, RegisteredNodeChainState } from "@/lib/contracts/reads/chain-snapshot";
import type { NetworkInfo, Stake } from "@/lib/backend/schemas";
import { formatSesh } from "@/lib/staking/amounts";
import { exitOptions, exitRules, liquidationSplit, type ExitAction } from "@/lib/staking/exit";
import type { NodeState } from "@/lib/staking/node-state";
import { formatDuration, formatUtc, heightToUnixSeconds } from "@/lib/staking/timing";
import { ActionButton as Button } from "../ui/ActionButton";
import { cx } from "@/components/ui/cx";
import { useChainClock } from "../data/useChainClock";
import { useTarget } from "../providers/TargetContext";
import { TxNote } from "../tx/TxNote";
import { ExitRequestDialog } from "./ExitRequestDialog";
import { LiquidationNotice } from "./LiquidationNotice";
import { useExitFlows } from "./useExitFlows";

export type ExitControlsProps = {
  /** the network's record of the node */
  stake: Stake;
  /** node-state.ts' state (network view refined by the chain) */
  state: NodeState;
  network: NetworkInfo;
  /** the registry contract's record of the node, from `snapshot` */
  chainNode: RegisteredNodeChainState | undefined;
  snapshot: ChainSnapshot;
  /** when `snapshot` was read (the countdowns tick from there) */
  readAtMs: number;
  /** the staker: the connected wallet, or the vesting contract it acts as */
  wallet: Address;
  /** who sends the exit request (absent: the wallet itself) */
  actor?: Actor;
  /** a cell of the /mystakes table, or the section of /nodes/<id> */
  layout: "row" | "panel";
};

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

const LABELS: Record<ExitAction["kind"], string> = {
  request: "Request exit",
  requestAgain: "Request exit again",
  exitWithSignature: "Exit with the network's signature",
  exitAfterWait: "Exit without a signature",
};

/**
 * Exit actions for a contributor of a node: request (after a confirmation that says what happens
 * to everyone and how long it takes), request again, exit with the network's signature, exit
 * without it after 30 days. What is not possible yet is shown disabled with its reason and date
 * before anything is sent (lib/staking/exit.ts). Loaded only for a wallet that staked in the node
 * (NodeExitActions), with the transaction hook and dialogs.
 */
export function ExitControls({ stake, state, network, chainNode, snapshot, readAtMs, wallet, actor, layout }: ExitControlsProps) {
  const target = useTarget();
  const now = useChainClock(snapshot.registry.blockTimestamp, readAtMs);
  const nodeId = BigInt(stake.contract_id);
  const flows = useExitFlows({ nodeId, ed25519Hex: stake.service_node_pubkey, wallet, actor });
  const [confirm, setConfirm] = useState<"request" | "requestAgain" | null>(null);
  const rules = exitRules(snapshot.exitRules, target.nettype);
  const options = chainNode && now !== null ? exitOptions({ node: chainNode, wallet, state, nowSeconds: now, paused: snapshot.registry.paused === true, rules }) : null;
  const deposit = chainNode?.registered ? chainNode.deposit : stake.staking_requirement;
  const ownStake = stake.contributors.filter((c) => same(c.address, wallet)).reduce((s, c) => s + c.amount, 0n);
  const r = snapshot.exitRules;
  const split = r.liquidatorRewardRatio !== null && r.poolShareOfLiquidationRatio !== null && r.recipientRatio !== null ? liquidationSplit(deposit, { liquidator: r.liquidatorRewardRatio, pool: r.poolShareOfLiquidationRatio, recipient: r.recipientRatio }) : null;
  const busy = flows.fetching || flows.running;
  const panel = layout === "panel";

  function press(a: ExitAction) {
    if (a.kind === "request" || a.kind === "requestAgain") setConfirm(a.kind);
    else if (a.kind === "exitWithSignature") void flows.exitWithSignature();
    else void flows.exitAfterWait();
  }

  function networkNote(a: ExitAction) {
    if (a.kind !== "requestAgain") return null;
    if (stake.requested_unlock_height > 0) {
      const at = heightToUnixSeconds(stake.requested_unlock_height, { blockHeight: network.block_height, blockTimestamp: network.block_timestamp });
      return now !== null && at > now ? `The network recorded the request: the exit unlocks at ${formatUtc(at)} (in ${formatDuration(at - now)}).` : "The network recorded the request.";
    }
    return "The network has not recorded this request yet. If it still has not an hour after the request, request again.";
  }

  let body;
  if (!chainNode) {
    body = <p className="text-xs text-muted">The registry contract&apos;s record of this node could not be read: its exit actions need it.</p>;
  } else if (!options) {
    body = <p className="text-xs text-muted">Reading the chain&apos;s clock…</p>;
  } else if (options.kind === "none") {
    body =
      options.why === "exited" ? (
        <p className={cx("text-muted", panel ? "text-sm" : "text-xs")} data-testid="exit-exited-note">
          {panel ? (
            <>
              This node has left the registry. Your <span className="sensitive">{formatSesh(ownStake)} SESH</span> come back through the claim on{" "}
            </>
          ) : (
            "Stake returns through the claim on "
          )}
          <Link href="/mystakes" className="text-accent-fg underline" prefetch={false}>
            My stakes
          </Link>
          .
        </p>
      ) : (
        <p className="text-xs text-muted" data-testid="exit-unavailable">
          {options.reason}
        </p>
      );
  } else {
    body = (
      <ul className="space-y-2">
        {options.actions.map((a) => {
          const note = networkNote(a);
          // the unsigned exit is announced by its date, and becomes a button only once possible
          const button = a.kind !== "exitAfterWait" || a.enabled;
          return (
            <li key={a.kind} className="space-y-1" data-testid={`exit-${a.kind}`}>
              {button ? (
                <Button size="sm" variant={a.kind === "requestAgain" || a.kind === "exitAfterWait" ? "secondary" : "primary"} disabled={!a.enabled || busy} onClick={() => press(a)} data-testid={`exit-${a.kind}-button`}>
                  {a.kind === "exitWithSignature" && flows.fetching ? "Asking the network to sign…" : LABELS[a.kind]}
                </Button>
              ) : null}
              {a.blockedReason ? (
                <p className="max-w-prose text-xs text-muted" data-testid={`exit-${a.kind}-reason`}>
                  {a.blockedReason}
                </p>
              ) : null}
              {note ? <p className="max-w-prose text-xs text-muted" data-testid="exit-network-note">{note}</p> : null}
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <div className={cx("space-y-2", panel && "rounded-2xl border border-line p-4")} data-testid="exit-actions" data-exit-node-id={stake.contract_id}>
      {panel ? (
        <>
          <h2 className="text-xl font-bold">Exit</h2>
          <p className="max-w-prose text-sm text-muted">
            Leaving takes a request, a wait while the Session Network unlocks the exit, then a signed exit; the stake of every contributor then comes back through the claim.
          </p>
        </>
      ) : null}
      {body}
      {now !== null ? <LiquidationNotice stake={stake} state={state} network={network} rules={snapshot.exitRules} deposit={deposit} ownStake={ownStake} nowSeconds={now} /> : null}
      {flows.fetchError ? (
        <p role="alert" className="max-w-prose text-xs text-red-800 dark:text-red-300" data-testid="exit-signature-error">
          {flows.fetchError}
        </p>
      ) : null}
      <TxNote tx={flows.tx} />
      {chainNode && confirm ? (
        <ExitRequestDialog
          open
          again={confirm === "requestAgain"}
          nodeId={nodeId}
          contributors={chainNode.contributors}
          wallet={wallet}
          kind={target.nettype}
          liquidation={split}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            const again = confirm === "requestAgain";
            setConfirm(null);
            void flows.request(again);
          }}
        />
      ) : null}
    </div>
  );
}
