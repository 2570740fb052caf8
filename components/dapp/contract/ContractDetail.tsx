import Link from "next/link";
import type { Address } from "viem";
import type { Actor } from "@/lib/flows/flow-target";
import { cx } from "@/components/ui/cx";
import type { ChainSnapshot } from "@/lib/contracts/reads/chain-snapshot";
import { g1ToBlsPubkeyHex, uint256ToEd25519Hex } from "@/lib/contracts/encoders";
import type { ContributionContractNotReady } from "@/lib/backend/schemas";
import { formatSesh, shareBasisPoints } from "@/lib/staking/amounts";
import { contractDetailsPending, contractStatusLabel } from "@/lib/staking/contract-state";
import { factoryOwnership } from "@/lib/staking/contract-trust";
import { freeSlots, minimumContribution, remainingStake, totalContributed } from "@/lib/staking/contribution";
import { formatFeeBasisPoints } from "@/lib/staking/fees";
import { AddressLink, KeyValue } from "../ui/AddressLink";
import { ContributorsTable } from "../ui/ContributorsTable";
import { RegistrationProgress } from "../ui/RegistrationProgress";
import { ServerErrorState } from "../ui/ServerErrorState";
import { ErrorState, ProgressBar, Stat } from "../ui/States";
import { STACKED } from "../ui/stacked-table";
import { ContractForms } from "./ContractForms";
import { NotFromFactory } from "./NotFromFactory";

type Props = {
  address: Address;
  entry: ContributionContractNotReady | null;
  liveId: number | undefined;
  backendError: string | null;
  snapshot: ChainSnapshot | null;
  chainError: string | null;
  readAtMs: number;
  /** the cookies' wallet and the chain it is on */
  wallet: { account: Address; chainId: number | null } | null;
  /** who acts for the wallet, and why it can do nothing now (app/(dapp)/_account/acting.ts) */
  actor?: Actor | null;
  actorBlocker?: string | null;
  chainName: string;
  explorerUrl: string | null;
};

/**
 * /stake/[address]: one contribution contract in full, rendered on the server from one chain batch
 * (keys, the factory's check, the wallet's own position) and the backend's row, with the forms to
 * contribute, manage a contribution and, for the operator, activate or reset it (ContractForms, the
 * page's only client island). After registration it follows the node: registered on chain, then
 * witnessed by the Session Network.
 */
export function ContractDetail({ address, entry, liveId, backendError, snapshot, chainError, readAtMs, wallet, actor, actorBlocker, chainName, explorerUrl }: Props) {
  if (!snapshot) return <ServerErrorState title="This contract could not be read from the chain." message={chainError ?? ""} />;
  const c = snapshot.contracts.find((x) => x.address.toLowerCase() === address.toLowerCase());
  if (!c) {
    return <ErrorState title="No contribution contract at this address." error={`${address} does not answer like a ServiceNodeContribution contract on this chain.`} />;
  }
  // the chain's own check, beside the page's first one: no form for a contract the factory did not create
  const ownership = factoryOwnership(c.detail?.ownedByFactory);
  if (ownership === "notOwned") return <NotFromFactory />;
  const detailsPending = entry !== null && contractDetailsPending(entry);
  const staked = totalContributed(c);
  const remaining = remainingStake(c);
  const min = c.minimumContribution ?? minimumContribution(c);
  const node = snapshot.nodes[0];
  const registeredId = snapshot.keyIds.find((k) => k.ed25519 === c.ed25519Pubkey)?.id ?? 0n;
  const bls = c.detail?.blsPubkey ? g1ToBlsPubkeyHex(c.detail.blsPubkey) : (entry?.pubkey_bls ?? null);
  const ed = uint256ToEd25519Hex(c.ed25519Pubkey);

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center gap-3">
        <span className="rounded-full border border-accent-fg px-3 py-1 text-sm font-semibold text-accent-fg" data-testid="contract-status">
          {contractStatusLabel(c.status)}
        </span>
        {backendError ? <span className="text-sm text-muted" data-testid="fault-notice">Staking backend unavailable: chain data only.</span> : null}
      </div>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label="Staked" testId="detail-staked" value={`${formatSesh(staked)} SESH`} hint={<span className="sensitive">of {formatSesh(c.stakingRequirement)} SESH</span>} />
        <Stat label="Remaining" testId="detail-remaining" value={`${formatSesh(remaining)} SESH`} />
        <Stat label="Minimum contribution" testId="detail-min" value={min !== null ? `${formatSesh(min, { maxDecimals: 9 })} SESH` : "Full"} />
        <Stat label="Operator fee" testId="detail-fee" value={formatFeeBasisPoints(c.feeBasisPoints)} hint={`${freeSlots(c).toString()} of ${c.maxContributors.toString()} slots free`} />
      </dl>
      <ProgressBar basisPoints={shareBasisPoints(staked, c.stakingRequirement)} label="Staked share of the requirement" />

      {c.status === "finalized" ? <RegistrationProgress chainName={chainName} registeredId={registeredId} witnessedId={liveId} pendingText="The node has left the registry, or its registration is still being read." /> : null}

      {c.status !== "finalized" && ownership === "unknown" ? (
        <p className="rounded-2xl border border-line p-4 text-sm text-muted" data-testid="contract-unconfirmed">
          Staking opens once the chain confirms that Session&apos;s staking factory created this contract; it could not be asked yet.
        </p>
      ) : null}
      {c.status !== "finalized" && ownership === "owned" ? (
        <ContractForms contract={c} wallet={wallet} account={snapshot.account} blockTimestamp={snapshot.registry.blockTimestamp} readAtMs={readAtMs} detailsPending={detailsPending} actor={actor} actorBlocker={actorBlocker} />
      ) : null}

      <section>
        <h2 className="text-xl font-bold">Node</h2>
        <dl className="mt-3 grid gap-3 text-sm">
          <div>
            <dt className="text-muted">Contract</dt>
            <dd>
              <AddressLink address={address} full explorerUrl={explorerUrl} />
            </dd>
          </div>
          <div>
            <dt className="text-muted">Operator</dt>
            <dd>
              <AddressLink address={c.operator} full explorerUrl={explorerUrl} />
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
        <ContributorsTable rows={c.contributions} emptyText="Nobody has contributed yet." explorerUrl={explorerUrl} />
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
                    <AddressLink address={r.address} explorerUrl={explorerUrl} />
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
