"use client";

import Link from "next/link";
import { useMemo } from "react";
import type { Address } from "viem";
import { useAccount } from "wagmi";
import { g1ToBlsPubkeyHex, uint256ToEd25519Hex } from "@/lib/contracts/encoders";
import { formatSesh, shareBasisPoints } from "@/lib/staking/amounts";
import { contractStatusLabel } from "@/lib/staking/contract-state";
import { contributionRequirementFor, freeSlots, minimumContribution, remainingStake, totalContributed } from "@/lib/staking/contribution";
import { formatFeeBasisPoints } from "@/lib/staking/fees";
import { useContributionContracts } from "../data/network-queries";
import { useChainSnapshot } from "../data/useChainSnapshot";
import { AddressLink, KeyValue } from "../ui/AddressLink";
import { ContributorsTable } from "../ui/ContributorsTable";
import { ErrorState, Loading, ProgressBar, Stat } from "../ui/States";

/** /stake/[address]: one contribution contract in full, read from the chain (keys included). */
export function ContractDetail({ address }: { address: Address }) {
  const { address: wallet, isConnected } = useAccount();
  const api = useContributionContracts();
  const apiEntry = api.data?.contracts.find((c) => c.address.toLowerCase() === address.toLowerCase());
  const liveId = apiEntry?.pubkey_bls ? api.data?.added_bls_keys[apiEntry.pubkey_bls.toLowerCase()] : undefined;
  const nodeIds = useMemo(() => (api.isFetched ? (liveId !== undefined ? [BigInt(liveId)] : []) : undefined), [api.isFetched, liveId]);
  const snap = useChainSnapshot({ contracts: [address], nodeIds, detail: true });

  if (snap.error) return <ErrorState title="This contract could not be read from the chain." error={snap.error} />;
  if (!snap.data) return <Loading label="Reading the contract…" />;
  const c = snap.data.contracts.find((x) => x.address.toLowerCase() === address.toLowerCase());
  if (!c) {
    return <ErrorState title="No contribution contract at this address." error={`${address} does not answer like a ServiceNodeContribution contract on this chain.`} />;
  }
  const s = c;
  const staked = totalContributed(s);
  const remaining = remainingStake(s);
  const min = c.minimumContribution ?? minimumContribution(s);
  const node = snap.data.nodes[0];
  const mine = isConnected && wallet ? contributionRequirementFor(s, wallet) : null;
  const bls = c.detail?.blsPubkey ? g1ToBlsPubkeyHex(c.detail.blsPubkey) : apiEntry?.pubkey_bls ?? null;
  const ed = uint256ToEd25519Hex(c.ed25519Pubkey);

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center gap-3">
        <span className="rounded-full border border-accent-fg px-3 py-1 text-sm font-semibold text-accent-fg" data-testid="contract-status">
          {contractStatusLabel(c.status)}
        </span>
        {api.error ? <span className="text-sm text-muted">Network API unavailable: chain data only.</span> : null}
      </div>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label="Staked" testId="detail-staked" value={`${formatSesh(staked)} SESH`} hint={`of ${formatSesh(s.stakingRequirement)} SESH`} />
        <Stat label="Remaining" testId="detail-remaining" value={`${formatSesh(remaining)} SESH`} />
        <Stat label="Minimum contribution" testId="detail-min" value={min !== null ? `${formatSesh(min)} SESH` : "Full"} />
        <Stat label="Operator fee" testId="detail-fee" value={formatFeeBasisPoints(c.feeBasisPoints)} hint={`${freeSlots(s).toString()} of ${s.maxContributors.toString()} slots free`} />
      </dl>
      <ProgressBar basisPoints={shareBasisPoints(staked, s.stakingRequirement)} label="Staked share of the requirement" />
      {mine ? (
        <p className="rounded-2xl border border-line bg-card p-4 text-sm" data-testid="my-requirement">
          {mine.kind === "closed"
            ? mine.reason
            : mine.kind === "reserved"
              ? `A slot is reserved for you: contribute ${formatSesh(mine.min)} SESH.`
              : mine.kind === "topUp"
                ? `You already contribute here; you may add up to ${formatSesh(mine.max)} SESH.`
                : `You can join with ${formatSesh(mine.min)} to ${formatSesh(mine.max)} SESH.`}
        </p>
      ) : null}
      <section>
        <h2 className="text-xl font-bold">Node</h2>
        <dl className="mt-3 grid gap-3 text-sm">
          <div>
            <dt className="text-muted">Contract</dt>
            <dd>
              <AddressLink address={address} full />
            </dd>
          </div>
          <div>
            <dt className="text-muted">Operator</dt>
            <dd>
              <AddressLink address={c.operator} full />
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
          {ed ? (
            <div>
              <dt className="text-muted">Ed25519 public key</dt>
              <dd>
                <KeyValue value={ed} label="Ed25519 public key" />
              </dd>
            </div>
          ) : null}
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
                <Link className="text-accent-fg underline" href={`/nodes/${node.id.toString()}`} data-testid="registered-node-link" prefetch={false}>
                  Node #{node.id.toString()}
                </Link>
              </dd>
            </div>
          ) : null}
        </dl>
      </section>
      <section>
        <h2 className="text-xl font-bold">Contributors</h2>
        <ContributorsTable rows={c.contributions} emptyText="Nobody has contributed yet." />
      </section>
      <section>
        <h2 className="text-xl font-bold">Reserved slots</h2>
        {c.reservations.length === 0 ? (
          <p className="mt-3 text-sm text-muted">No reservations: every slot is open to the public.</p>
        ) : (
          <table className="mt-3 w-full text-left text-sm">
            <thead className="text-xs uppercase text-muted">
              <tr>
                <th scope="col" className="py-2">Address</th>
                <th scope="col" className="text-right">Reserved</th>
                <th scope="col" className="text-right">Paid</th>
              </tr>
            </thead>
            <tbody>
              {c.reservations.map((r) => (
                <tr key={r.address} className="border-t border-line" data-testid="reservation-row">
                  <td className="py-2">
                    <AddressLink address={r.address} />
                  </td>
                  <td className="text-right tabular-nums">{formatSesh(r.amount)} SESH</td>
                  <td className="text-right">{r.received ? "Yes" : "Not yet"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
