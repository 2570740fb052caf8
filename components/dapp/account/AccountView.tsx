"use client";

import Link from "next/link";
import type { Address } from "viem";
import type { Actor } from "@/lib/flows/flow-target";
import { cx } from "@/components/ui/cx";
import { isBeneficiaryOnly, positionInContract, totalStaked } from "@/lib/staking/account";
import { formatSesh } from "@/lib/staking/amounts";
import { contractStatusLabel, isBeforeRegistration } from "@/lib/staking/contract-state";
import { formatFeeBasisPoints, formatFeePpm } from "@/lib/staking/fees";
import { nodeView } from "@/lib/staking/node-view";
import { claimableOnChain, claimView, dailyEarnings } from "@/lib/staking/rewards";
import { formatUtc } from "@/lib/staking/timing";
import { nodeSoftwareWarnings } from "@/lib/staking/node-software";
import { attentionItems } from "@/lib/staking/attention";
import { liquidationRatios } from "@/lib/staking/exit";
import type { SoftwareRules } from "@/lib/config/node-software-rules";
import { NodeStateBadge } from "../nodes/NodeStateBadge";
import { NodeTimerText } from "../nodes/NodeTimerText";
import { SoftwareWarningBadge, SoftwareWarningList } from "../nodes/SoftwareWarnings";
import { AddressLink } from "../ui/AddressLink";
import { ServerErrorState } from "../ui/ServerErrorState";
import { FaultNotice, Stat } from "../ui/States";
import { STACKED } from "../ui/stacked-table";
import { Usd } from "../ui/Usd";
import { ClaimPanel } from "../claim/ClaimPanel";
import { NodeExitActions } from "../exit/NodeExitActions";
import { DailyRewardsChart } from "./DailyRewardsChart";
import { WatchControls } from "../watch/WatchControls";
import type { WatchSnapshot } from "@/lib/staking/watchlist";
import type { AccountData } from "./account-data-type";

/**
 * A wallet's staking, rendered on the server: nodes it contributes to (or receives rewards from),
 * contribution contracts it has funds in, rewards and the claim cap. The backend's lists, one chain
 * batch for the facts (app/(dapp)/_account/account-data.ts); the claim and exit controls are islands.
 */
const exactSesh = (atomic: bigint) => `${formatSesh(atomic, { maxDecimals: 9 })} SESH`;

/**
 * `actor`: on /mystakes, who acts for `address` (a vesting contract's page is the wallet acting through it);
 * `watchable`: offer the watchlist (an /address page)
 */
export function AccountView({ address, own, data, explorerUrl, actor, software, watchable = false }: { address: Address; own: boolean; data: AccountData; explorerUrl: string | null; actor?: Actor; software: SoftwareRules; watchable?: boolean }) {
  // the claim and the exit actions are offered where the cookies' wallet looks at its own staking (/mystakes, its /address page)
  const canClaim = own;
  const wallet = own ? address : null;
  const { stakes: stakesData, snapshot: chainData } = data;

  // a fault is said as such, never shown as figures: without the backend's list or the chain's
  // facts nothing here can be computed (a missing chain read would look like "Exited, 0 SESH")
  if (!stakesData) return <ServerErrorState title="The staking backend could not load these stakes." message={data.stakesError ?? ""} />;
  if (!chainData) return <ServerErrorState title="The chain could not be read, so these stakes and rewards cannot be shown." message={data.chainError ?? ""} />;
  const stakes = { data: stakesData };
  const chain = { data: chainData };
  const rewards = { data: data.rewards };
  // the network's own clock (devnet time may run ahead of the wall clock)
  const now = stakesData.t;

  const network = stakes.data.network;
  const nodes = stakes.data.stakes.map((s) => nodeView(s, network, now, chain.data.nodes.find((n) => Number(n.id) === s.contract_id), address));
  const liveNodes = nodes.filter((n) => n.state !== "Exited");
  const softwareOf = new Map(nodes.map((n) => [n.stake.contract_id, nodeSoftwareWarnings(n.stake, n.state, software, now)]));
  const needingUpdate = nodes.filter((n) => (softwareOf.get(n.stake.contract_id) ?? []).length > 0);
  const contracts = stakes.data.contracts.map((api) => {
    const onChain = chain.data.contracts.find((c) => c.address.toLowerCase() === api.address.toLowerCase());
    const { own, reserved } = onChain ? positionInContract(onChain, address) : { own: 0n, reserved: 0n };
    return { api, onChain, own, reserved, status: onChain?.status ?? api.status };
  });
  const openContracts = contracts.filter((c) => isBeforeRegistration(c.status));
  const stakedTotal = totalStaked(nodes, contracts);

  const acct = chain.data.account;
  // what a claim will pay (the same rule the claim flow sends): the network's signable lifetime amount against the chain's record
  const claim = claimView(chain.data, rewards.data?.rewards.amount ?? null);
  const claimable = claim ? claimableOnChain(claim.recipient) : null;
  const plan = claim?.plan ?? null;
  const cap = claim?.cap ?? null;

  const attention = attentionItems({
    nodes: nodes.map((n) => {
      const onChain = chain.data.nodes.find((c) => Number(c.id) === n.stake.contract_id);
      return { id: n.stake.contract_id, state: n.state, timer: n.timer, ownStake: n.ownStake, deposit: onChain?.registered ? onChain.deposit : n.stake.total_contributed };
    }),
    ratios: liquidationRatios(chain.data.exitRules),
    claim,
    now,
  });

  // what the watchlist compares between visits (lib/staking/watchlist.ts)
  const snapshot: WatchSnapshot = {
    nodes: Object.fromEntries(nodes.map((n) => [String(n.stake.contract_id), n.state])),
    contracts: Object.fromEntries(contracts.map((c) => [c.api.address, contractStatusLabel(c.status)])),
    claimable: claimable !== null ? claimable.toString() : null,
    attention: [...new Set(attention.map((a) => a.kind))],
  };

  return (
    <div className="space-y-10">
      {watchable ? <WatchControls address={address} snapshot={snapshot} /> : null}
      {attention.length > 0 ? (
        <section aria-labelledby="attention-heading" className="rounded-2xl border border-amber-500/50 bg-amber-500/5 p-4" data-testid="attention">
          <h2 id="attention-heading" className="font-bold">
            Needs your attention
          </h2>
          <ul className="mt-2 space-y-2 text-sm">
            {attention.map((a) => (
              <li key={`${a.kind}-${a.nodeId ?? "claim"}`} data-kind={a.kind} data-node-id={a.nodeId ?? undefined} data-testid="attention-item">
                <span className="sensitive">{a.sentence}</span>
                {a.nodeId !== null ? (
                  <>
                    {" "}
                    <Link href={`/nodes/${a.nodeId}`} className="text-accent-fg underline" prefetch={false}>
                      Node #{a.nodeId}
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.rewardsError ? <FaultNotice>The staking backend did not answer for the rewards: the figures it gives show as —, and the page tries again by itself.</FaultNotice> : null}
      {needingUpdate.length > 0 ? (
        <div className="space-y-2" data-testid="account-software-warnings">
          {needingUpdate.map((n) => (
            <div key={n.stake.contract_id} data-node-id={n.stake.contract_id}>
              <SoftwareWarningList warnings={softwareOf.get(n.stake.contract_id) ?? []} testId="account-node-software" />
              <p className="mt-1 text-xs text-muted">
                Node{" "}
                <Link href={`/nodes/${n.stake.contract_id}`} className="text-accent-fg underline" prefetch={false}>
                  #{n.stake.contract_id}
                </Link>
              </p>
            </div>
          ))}
        </div>
      ) : null}
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label="Staked" testId="account-staked" value={`${formatSesh(stakedTotal)} SESH`} usd={<Usd atomic={stakedTotal} testId="account-staked-usd" />} hint={`${liveNodes.length} node${liveNodes.length === 1 ? "" : "s"}, ${openContracts.length} open contract${openContracts.length === 1 ? "" : "s"}`} />
        <Stat label="SESH balance" testId="account-balance" value={acct?.balance != null ? `${formatSesh(acct.balance)} SESH` : "—"} usd={<Usd atomic={acct?.balance ?? null} testId="account-balance-usd" />} />
        <Stat label="Claimable now" testId="account-claimable" value={claimable !== null ? `${formatSesh(claimable)} SESH` : "—"} usd={<Usd atomic={claimable} testId="account-claimable-usd" />} hint="Authorised on chain, not yet claimed" />
        <Stat label="Lifetime rewards" testId="account-lifetime-rewards" value={rewards.data ? `${formatSesh(rewards.data.rewards.lifetime_rewards)} SESH` : "—"} exact={rewards.data ? exactSesh(rewards.data.rewards.lifetime_rewards) : undefined} usd={<Usd atomic={rewards.data?.rewards.lifetime_rewards ?? null} testId="account-lifetime-rewards-usd" />} />
      </dl>

      <section aria-labelledby="my-nodes">
        <h2 id="my-nodes" className="text-xl font-bold">
          Nodes
        </h2>
        {nodes.length === 0 ? (
          <p className="mt-3 text-sm text-muted" data-testid="no-nodes">
            No staked nodes for this address.
          </p>
        ) : (
          <div className={cx(STACKED.wrapper, "mt-3")}>
            <table className={cx(STACKED.table, "sm:min-w-[44rem]")}>
              <thead className={STACKED.thead}>
                <tr>
                  <th scope="col" className="px-3 py-2">Node</th>
                  <th scope="col" className="px-3 py-2">State</th>
                  <th scope="col" className="px-3 py-2 text-right">Own stake</th>
                  <th scope="col" className="px-3 py-2">Fee</th>
                  <th scope="col" className="px-3 py-2">Timer</th>
                  {canClaim ? <th scope="col" className="px-3 py-2">Exit</th> : null}
                </tr>
              </thead>
              <tbody className={STACKED.tbody}>
                {nodes.map((n) => {
                  const beneficiaryOnly = isBeneficiaryOnly(n.stake.contributors, address);
                  return (
                    <tr key={n.stake.contract_id} className={STACKED.row} data-testid="my-node-row" data-node-id={n.stake.contract_id}>
                      <td className={cx(STACKED.cell, "before:hidden")}>
                        <Link href={`/nodes/${n.stake.contract_id}`} className="font-semibold text-accent-fg underline" prefetch={false}>
                          #{n.stake.contract_id}
                        </Link>
                        {beneficiaryOnly ? <span className="ml-2 text-xs text-muted">beneficiary</span> : null}
                      </td>
                      <td className={cx(STACKED.cell, "before:hidden text-right sm:text-left")}>
                        <NodeStateBadge state={n.state} />
                        <div>
                          <SoftwareWarningBadge warnings={softwareOf.get(n.stake.contract_id) ?? []} />
                        </div>
                      </td>
                      <td className={cx(STACKED.cell, "tabular-nums sm:text-right")} data-label="Own stake" data-testid="my-node-stake">
                        {formatSesh(n.ownStake)} SESH
                      </td>
                      <td className={STACKED.cell} data-label="Fee">
                        {formatFeePpm(n.stake.operator_fee)}
                      </td>
                      <td className={cx(STACKED.cell, STACKED.wide, "sm:col-span-1")} data-label="Timer">
                        <NodeTimerText timer={n.timer} now={now} />
                      </td>
                      {/* exit actions for the connected wallet's own nodes (components/dapp/exit) */}
                      {canClaim && wallet ? (
                        <td className={cx(STACKED.cell, STACKED.wide, "align-top sm:col-span-1")} data-label="Exit">
                          <NodeExitActions stake={n.stake} state={n.state} network={network} chainNode={chain.data.nodes.find((c) => Number(c.id) === n.stake.contract_id)} snapshot={chain.data} readAtMs={data.readAtMs} wallet={wallet} actor={actor} layout="row" />
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="my-contracts">
        <h2 id="my-contracts" className="text-xl font-bold">
          Contribution contracts
        </h2>
        {contracts.length === 0 ? (
          <p className="mt-3 text-sm text-muted">No funds in contribution contracts.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {contracts.map((c) => (
              <li key={c.api.address} className="flex flex-wrap items-center gap-3 rounded-2xl border border-line p-3 text-sm" data-testid="my-contract-row">
                <Link href={`/stake/${c.api.address}`} className="font-mono text-accent-fg underline" prefetch={false}>
                  {c.api.address.slice(0, 10)}…
                </Link>
                <span>{contractStatusLabel(c.status)}</span>
                <span className="tabular-nums">{formatSesh(c.own)} SESH contributed</span>
                {c.reserved > 0n ? <span className="tabular-nums text-muted">{formatSesh(c.reserved)} SESH reserved</span> : null}
                <span className="text-muted">fee {formatFeeBasisPoints(c.onChain?.feeBasisPoints ?? c.api.fee ?? 0)}</span>
                <span className="text-muted">
                  operator <AddressLink explorerUrl={explorerUrl} address={c.api.operator_address} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="my-rewards">
        <h2 id="my-rewards" className="text-xl font-bold">
          Rewards
        </h2>
        {data.rewardsError ? <ServerErrorState title="Rewards could not be loaded from the staking backend." message={data.rewardsError} /> : null}
        <dl className="mt-3 grid grid-cols-2 gap-3 md:grid-cols-4">
          <Stat label="Lifetime authorised" testId="rewards-authorised" value={acct?.rewards != null ? `${formatSesh(acct.rewards)} SESH` : "—"} exact={acct?.rewards != null ? exactSesh(acct.rewards) : undefined} hint="Rewards and returned stake signed to this address" />
          <Stat label="Claimed" testId="rewards-claimed" value={acct?.claimed != null ? `${formatSesh(acct.claimed)} SESH` : "—"} exact={acct?.claimed != null ? exactSesh(acct.claimed) : undefined} />
          <Stat label="Claimable incl. pending" testId="rewards-network-claimable" value={plan ? `${formatSesh(plan.claimable)} SESH` : "—"} hint="Includes what the network will sign at claim time" />
          <Stat
            label="Claim cap left this cycle"
            testId="rewards-cap"
            value={cap ? `${formatSesh(cap.remaining, { maxDecimals: 0 })} SESH` : "—"}
            hint={cap ? `Cycle resets ${formatUtc(Number(cap.cycleEndsAt))}` : undefined}
          />
        </dl>
        {canClaim ? (
          <div className="mt-6">
            <ClaimPanel address={address} actor={actor} claim={claim} blockTimestamp={chain.data.registry.blockTimestamp} readAtMs={data.readAtMs} />
          </div>
        ) : null}
        <div className="mt-6">
          <h3 className="font-semibold">Daily rewards</h3>
          {data.daily ? <DailyRewardsChart days={dailyEarnings(data.daily.rewards)} address={address} /> : <ServerErrorState title="Daily rewards could not be loaded." message={data.dailyError ?? ""} />}
        </div>
      </section>
    </div>
  );
}
