"use client";

import Link from "next/link";
import { useEffect, useMemo, useRef } from "react";
import type { Address } from "viem";
import { useAccount } from "wagmi";
import { cx } from "@/components/ui/cx";
import { g1ToBlsPubkeyHex, uint256ToEd25519Hex } from "@/lib/contracts/encoders";
import { formatSesh, shareBasisPoints } from "@/lib/staking/amounts";
import type { ContributionContractsResponse } from "@/lib/network/schemas";
import { contractDetailsPending, contractStatusLabel, DETAILS_PENDING_LABEL } from "@/lib/staking/contract-state";
import { factoryOwnership } from "@/lib/staking/contract-trust";
import { freeSlots, minimumContribution, remainingStake, totalContributed } from "@/lib/staking/contribution";
import { formatFeeBasisPoints } from "@/lib/staking/fees";
import { formatUtc } from "@/lib/staking/timing";
import { useContributionContracts } from "../data/network-queries";
import { useChainClock } from "../data/useChainClock";
import { useChainSnapshot } from "../data/useChainSnapshot";
import { useTarget } from "../providers/TargetContext";
import { TxDialog, TxNote } from "../tx/TxDialog";
import { useTxFlow } from "../tx/useTxFlow";
import { AddressLink, KeyValue } from "../ui/AddressLink";
import { ContributorsTable } from "../ui/ContributorsTable";
import { STACKED } from "../ui/stacked-table";
import { RegistrationProgress } from "../ui/RegistrationProgress";
import { ErrorState, Loading, ProgressBar, Stat } from "../ui/States";
import { ContributeForm } from "./ContributeForm";
import { ManageContribution } from "./ManageContribution";
import { NotFromFactory } from "./NotFromFactory";
import { OperatorSettings } from "./OperatorSettings";
import { OperatorTools } from "./OperatorTools";

/**
 * /stake/[address]: one contribution contract in full, read from the chain in one batch (keys,
 * the wallet's own position), with the forms to contribute, manage a contribution and, for the
 * operator, activate or reset it. After registration it follows the node: registered on chain,
 * then witnessed by the Session Network.
 */
export function ContractDetail({ address }: { address: Address }) {
  const target = useTarget();
  const { address: wallet, isConnected, chainId } = useAccount();
  const account = isConnected ? wallet : undefined;
  // one flow for the page: its dialog stays when the node registers and the forms give way
  const tx = useTxFlow();
  // set below once the chain says "registered" and the network has not listed the node yet
  const waiting = useRef(false);
  const entryOf = (data: ContributionContractsResponse | undefined) => data?.contracts.find((c) => c.address.toLowerCase() === address.toLowerCase());
  // also followed while the network has not read the contract's details (no contribution until then)
  const api = useContributionContracts(undefined, (data) => {
    const entry = entryOf(data);
    return waiting.current || (entry !== undefined && contractDetailsPending(entry));
  });
  const apiEntry = entryOf(api.data);
  const detailsPending = apiEntry !== undefined && contractDetailsPending(apiEntry);
  const liveId = apiEntry?.pubkey_bls ? api.data?.added_bls_keys[apiEntry.pubkey_bls.toLowerCase()] : undefined;
  // the list may come from /stake's server-read data (not "fetched" yet in TanStack's terms): any answer will do
  const apiAnswered = api.data !== undefined || api.isError;
  const nodeIds = useMemo(() => (apiAnswered ? (liveId !== undefined ? [BigInt(liveId)] : []) : undefined), [apiAnswered, liveId]);
  const ed25519Keys = useMemo(() => (apiEntry ? [BigInt(`0x${apiEntry.service_node_pubkey}`)] : []), [apiEntry]);
  const snap = useChainSnapshot({ contracts: [address], nodeIds, account, detail: true, ed25519Keys });
  const chainNow = useChainClock(snap.data?.registry.blockTimestamp, snap.dataUpdatedAt);
  const status = snap.data?.contracts[0]?.status;
  const onChainId = snap.data?.keyIds[0]?.id ?? 0n;
  // registered on chain, not yet witnessed: poll the network until it is (read, not a clock)
  const waitingForWitness = status === "finalized" && onChainId > 0n && liveId === undefined;
  useEffect(() => {
    const was = waiting.current;
    waiting.current = waitingForWitness;
    // start polling now rather than at the next 30 s refresh
    if (waitingForWitness && !was) void api.refetch();
  }, [waitingForWitness, api]);

  if (snap.error && !snap.data) return <ErrorState title="This contract could not be read from the chain." error={snap.error} onRetry={() => void snap.refetch()} retrying={snap.isFetching} />;
  if (!snap.data) return <Loading label="Reading the contract…" />;
  const c = snap.data.contracts.find((x) => x.address.toLowerCase() === address.toLowerCase());
  if (!c) {
    return <ErrorState title="No contribution contract at this address." error={`${address} does not answer like a ServiceNodeContribution contract on this chain.`} />;
  }
  // the browser's own check, beside the server's: no form for a contract the factory did not create
  const ownership = factoryOwnership(c.detail?.ownedByFactory);
  if (ownership === "notOwned") return <NotFromFactory />;
  const staked = totalContributed(c);
  const remaining = remainingStake(c);
  const min = c.minimumContribution ?? minimumContribution(c);
  const node = snap.data.nodes[0];
  const registeredId = snap.data.keyIds.find((k) => k.ed25519 === c.ed25519Pubkey)?.id ?? 0n;
  const bls = c.detail?.blsPubkey ? g1ToBlsPubkeyHex(c.detail.blsPubkey) : (apiEntry?.pubkey_bls ?? null);
  const ed = uint256ToEd25519Hex(c.ed25519Pubkey);
  const acct = snap.data.account;
  const isContributor = account ? c.contributions.some((x) => x.address.toLowerCase() === account.toLowerCase()) : false;

  return (
    <div className="space-y-8">
      <TxDialog tx={tx} />
      <div className="flex flex-wrap items-center gap-3">
        <span className="rounded-full border border-accent-fg px-3 py-1 text-sm font-semibold text-accent-fg" data-testid="contract-status">
          {contractStatusLabel(c.status)}
        </span>
        {api.error ? <span className="text-sm text-muted" data-testid="fault-notice">Network API unavailable: chain data only.</span> : null}
        {snap.error ? <span className="text-sm text-muted" data-testid="fault-notice">The chain stopped answering: figures from {formatUtc(Math.floor(snap.dataUpdatedAt / 1000))}.</span> : null}
      </div>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label="Staked" testId="detail-staked" value={`${formatSesh(staked)} SESH`} hint={`of ${formatSesh(c.stakingRequirement)} SESH`} />
        <Stat label="Remaining" testId="detail-remaining" value={`${formatSesh(remaining)} SESH`} />
        <Stat label="Minimum contribution" testId="detail-min" value={min !== null ? `${formatSesh(min, { maxDecimals: 9 })} SESH` : "Full"} />
        <Stat label="Operator fee" testId="detail-fee" value={formatFeeBasisPoints(c.feeBasisPoints)} hint={`${freeSlots(c).toString()} of ${c.maxContributors.toString()} slots free`} />
      </dl>
      <ProgressBar basisPoints={shareBasisPoints(staked, c.stakingRequirement)} label="Staked share of the requirement" />

      {c.status === "finalized" ? <RegistrationProgress chainName={target.chainName} registeredId={registeredId} witnessedId={liveId} pendingText="The node has left the registry, or its registration is still being read." /> : null}

      <TxNote tx={tx} />
      {c.status !== "finalized" && ownership === "unknown" ? (
        <p className="rounded-2xl border border-line p-4 text-sm text-muted" data-testid="contract-unconfirmed">
          Staking opens once the chain confirms that Session&apos;s staking factory created this contract; it could not be asked yet.
        </p>
      ) : null}
      {c.status !== "finalized" && ownership === "owned" ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="rounded-2xl border border-line p-4">
            {detailsPending ? (
              <p className="text-sm text-muted" data-testid="details-pending">
                {DETAILS_PENDING_LABEL}: the Session Network has not read this contract&apos;s fee, keys and activation mode yet. Contributions open here as soon as it has.
              </p>
            ) : (
              <ContributeForm contract={c} wallet={account ?? null} walletChainOk={chainId === target.chainId} balance={acct?.balance ?? null} ethBalance={acct?.ethBalance ?? null} tx={tx} />
            )}
          </div>
          <div className="space-y-6">
            {account && isContributor ? <ManageContribution contract={c} wallet={account} chainNow={chainNow} tx={tx} /> : null}
            {account ? <OperatorTools contract={c} wallet={account} tx={tx} /> : null}
            {account ? <OperatorSettings key={`${c.address}-${c.status}`} contract={c} wallet={account} manualFinalize={c.detail?.manualFinalize ?? null} tx={tx} /> : null}
          </div>
        </div>
      ) : null}

      <section>
        <h2 className="text-xl font-bold">Node</h2>
        <dl className="mt-3 grid gap-3 text-sm">
          <div>
            <dt className="text-muted">Contract</dt>
            <dd>
              <AddressLink explorerUrl={useTarget().explorerUrl} address={address} full />
            </dd>
          </div>
          <div>
            <dt className="text-muted">Operator</dt>
            <dd>
              <AddressLink explorerUrl={useTarget().explorerUrl} address={c.operator} full />
            </dd>
          </div>
          {bls ? (
            <div>
              <dt className="text-muted">BLS public key</dt>
              <dd>
                <KeyValue value={bls} label="BLS public key" />
              </dd>
            </div>
          ) : null}
          <div>
            <dt className="text-muted">Ed25519 public key</dt>
            <dd>
              <KeyValue value={ed} label="Ed25519 public key" />
            </dd>
          </div>
          {c.detail?.manualFinalize != null ? (
            <div>
              <dt className="text-muted">Activation</dt>
              <dd>{c.detail.manualFinalize ? "The operator activates the node when it is full." : "The node registers itself when the last contribution arrives."}</dd>
            </div>
          ) : null}
          {node?.registered ? (
            <div>
              <dt className="text-muted">Registered as</dt>
              <dd>
                <Link className="text-accent-fg underline" href={`/nodes/${node.id.toString()}`} prefetch={false}>
                  Node #{node.id.toString()}
                </Link>
              </dd>
            </div>
          ) : null}
        </dl>
      </section>
      <section>
        <h2 className="text-xl font-bold">Contributors</h2>
        <ContributorsTable rows={c.contributions} emptyText="Nobody has contributed yet." explorerUrl={target.explorerUrl} />
      </section>
      <section>
        <h2 className="text-xl font-bold">Reserved slots</h2>
        {c.reservations.length === 0 ? (
          <p className="mt-3 text-sm text-muted">No reservations: every slot is open to the public.</p>
        ) : (
          <table className={cx(STACKED.table, "mt-3")}>
            <thead className="hidden text-xs uppercase text-muted sm:table-header-group">
              <tr>
                <th scope="col" className="py-2">Address</th>
                <th scope="col" className="text-right">Reserved</th>
                <th scope="col" className="text-right">Paid</th>
              </tr>
            </thead>
            <tbody className={STACKED.tbody}>
              {c.reservations.map((r) => (
                <tr key={r.address} className={cx(STACKED.row, "px-0 sm:px-0")} data-testid="reservation-row">
                  <td className={cx(STACKED.cell, STACKED.wide, "sm:col-span-1 sm:px-0")} data-label="Address">
                    <AddressLink explorerUrl={useTarget().explorerUrl} address={r.address} />
                  </td>
                  <td className={cx(STACKED.cell, "tabular-nums sm:px-0 sm:text-right")} data-label="Reserved">
                    {formatSesh(r.amount)} SESH
                  </td>
                  <td className={cx(STACKED.cell, "sm:px-0 sm:text-right")} data-label="Paid">
                    {r.received ? "Yes" : "Not yet"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
