"use client";

import type { Address } from "viem";
import { stakerOf, type Actor } from "@/lib/flows/flow-target";
import type { AccountChainState, ContributionChainState } from "@/lib/contracts/reads/chain-snapshot";
import { DETAILS_PENDING_LABEL } from "@/lib/staking/contract-state";
import { useChainClock } from "../data/useChainClock";
import { useTarget } from "../providers/TargetContext";
import { TxNote } from "../tx/TxNote";
import { useTxFlow } from "../tx/useTxFlow";
import { ContributeForm } from "./ContributeForm";
import { ManageContribution } from "./ManageContribution";
import { OperatorSettings } from "./OperatorSettings";
import { OperatorTools } from "./OperatorTools";

type Props = {
  contract: ContributionChainState;
  /** the cookies' wallet and its chain (null: no wallet yet) */
  wallet: { account: Address; chainId: number | null } | null;
  /** that wallet's balances, read with the contract */
  account: AccountChainState | null;
  blockTimestamp: bigint | null;
  readAtMs: number;
  detailsPending: boolean;
  /** who acts (app/(dapp)/_account/acting.ts; absent or null: the wallet), and why it can do nothing now */
  actor?: Actor | null;
  actorBlocker?: string | null;
};

/**
 * The contract page's forms, its only client code: contribute, manage a contribution, the
 * operator's tools and settings. Their figures come from the server's read; a transaction goes
 * through the page's one flow, after which the server renders the page again with the new figures.
 */
export function ContractForms({ contract: c, wallet, account, blockTimestamp, readAtMs, detailsPending, actor, actorBlocker }: Props) {
  const target = useTarget();
  const tx = useTxFlow();
  const chainNow = useChainClock(blockTimestamp, readAtMs);
  const me = wallet?.account ?? null;
  // the staker: the wallet, or the vesting contract it acts as (its balance is `account`'s)
  const vesting = actor?.kind === "vesting" ? actor : undefined;
  const staker = vesting ? stakerOf(vesting) : me;
  const isContributor = staker ? c.contributions.some((x) => x.address.toLowerCase() === staker.toLowerCase()) : false;
  return (
    <>
      <TxNote tx={tx} />
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="rounded-2xl border border-line p-4">
          {actorBlocker ? (
            <p role="status" className="text-sm" data-testid="vesting-form-blocked">
              {actorBlocker}
            </p>
          ) : detailsPending ? (
            <p className="text-sm text-muted" data-testid="details-pending">
              {DETAILS_PENDING_LABEL}: the Session Network has not read this contract&apos;s fee, keys and activation mode yet. Contributions open here as soon as it has.
            </p>
          ) : (
            // a vesting contract holds no ETH: the wallet pays the fee, its ETH is not read here
            <ContributeForm contract={c} wallet={staker} actor={vesting} walletChainOk={wallet?.chainId === target.chainId} balance={account?.balance ?? null} ethBalance={vesting ? null : (account?.ethBalance ?? null)} tx={tx} />
          )}
        </div>
        <div className="space-y-6">
          {staker && isContributor && !actorBlocker ? <ManageContribution contract={c} wallet={staker} actor={vesting} chainNow={chainNow} tx={tx} /> : null}
          {me ? <OperatorTools contract={c} wallet={me} tx={tx} /> : null}
          {me ? <OperatorSettings key={`${c.address}-${c.status}`} contract={c} wallet={me} manualFinalize={c.detail?.manualFinalize ?? null} tx={tx} /> : null}
        </div>
      </div>
    </>
  );
}
