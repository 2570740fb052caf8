"use client";

import { useMemo, useState } from "react";
import { useAccount } from "wagmi";
import type { NetworkInfo, Stake } from "@/lib/network/schemas";
import { formatSesh } from "@/lib/staking/amounts";
import { formatFeePpm } from "@/lib/staking/fees";
import { nodeView } from "@/lib/staking/node-view";
import { useChainSnapshot } from "../data/useChainSnapshot";
import { NodeExitActions } from "../exit/NodeExitActions";
import { AddressLink, KeyValue, TxLink } from "../ui/AddressLink";
import { ContributorsTable } from "../ui/ContributorsTable";
import { ServerErrorState } from "../ui/ServerErrorState";
import { ErrorState, FaultNotice, Loading, Stat } from "../ui/States";
import { NodeStateBadge } from "./NodeStateBadge";
import { NodeTimerText } from "./NodeTimerText";
import { useTarget } from "../providers/TargetContext";

/**
 * The backend's view of this one node, read on the server (the page picks it out of the node list,
 * so the browser never downloads and parses the whole registry for one node).
 */
export type NodeBackendView = { ok: true; stake: Stake | null; network: NetworkInfo; t: number } | { ok: false; message: string };

/** /nodes/[id]: one registered node: backend view checked against the registry contract. */
export function NodeDetail({ id, backend }: { id: number; backend: NodeBackendView }) {
  const nodeIds = useMemo(() => [BigInt(id)], [id]);
  const chain = useChainSnapshot({ contracts: [], nodeIds });
  const { address: wallet, isConnected } = useAccount();
  const onChain = chain.data?.nodes[0];
  // the network lists live nodes only: once this node exits, a refresh finds no record of it; the
  // last one seen stays on screen (its state Exited, from the chain) with the exit's dialog
  const fresh = backend.ok ? backend.stake : null;
  const [lastStake, setLastStake] = useState<Stake | null>(fresh);
  if (fresh && fresh !== lastStake) setLastStake(fresh);
  const stake = fresh ?? (onChain && !onChain.registered ? lastStake : null);

  if (!backend.ok) return <ServerErrorState title="This node could not be loaded from the network API." message={backend.message} />;
  // the network's own clock (devnet time may run ahead of the wall clock)
  const now = backend.t;
  // with the backend's record the page renders at once (in the server HTML); the chain's record
  // refines state and deposit when its read lands. Without one, only the chain can tell.
  if (!stake) {
    if (chain.error) return <ErrorState title="This node could not be loaded: the network does not list it and the chain could not be read." error={chain.error} onRetry={() => void chain.refetch()} retrying={chain.isFetching} />;
    if (!chain.data) return <Loading label="Loading the node…" />;
    if (onChain?.registered) {
      return (
        <div className="space-y-4">
          <p className="text-muted">The network has not reported this node yet; the registry contract holds:</p>
          <dl className="grid grid-cols-2 gap-3 md:grid-cols-3">
            <Stat label="Deposit" testId="node-deposit" value={`${formatSesh(onChain.deposit)} SESH`} />
            <Stat label="Operator" testId="node-operator" value={<AddressLink explorerUrl={useTarget().explorerUrl} address={onChain.operator} />} />
            <Stat label="Contributors" testId="node-contributors" value={onChain.contributors.length} />
          </dl>
        </div>
      );
    }
    // ids are never reused: one below the next id was registered once, and has left
    const next = chain.data.exitRules.nextServiceNodeID;
    if (onChain && next !== null && BigInt(id) < next) {
      return (
        <div className="space-y-3" data-testid="node-left-registry">
          <NodeStateBadge state="Exited" />
          <p className="text-muted">This node has left the registry. Its contributors&apos; stake comes back through the claim on My stakes.</p>
        </div>
      );
    }
    return <ErrorState title={`Node #${id} is not in the registry.`} error="It may have exited, or the id is wrong." />;
  }
  const v = nodeView(stake, backend.network, now, onChain);
  const deposit = onChain?.registered ? onChain.deposit : stake.total_contributed;
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center gap-3">
        <NodeStateBadge state={v.state} />
        <NodeTimerText timer={v.timer} now={now} />
      </div>
      {chain.error && !onChain ? <FaultNotice>The chain could not be read: state and stake are as the network reports them, not yet checked against the registry contract.</FaultNotice> : null}
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label="Stake" testId="node-deposit" value={`${formatSesh(deposit)} SESH`} />
        <Stat label="Operator fee" testId="node-fee" value={formatFeePpm(stake.operator_fee)} />
        <Stat label="Contributors" testId="node-contributors" value={stake.contributors.length} />
        <Stat label="Registered at height" testId="node-registration-height" value={stake.registration_height.toLocaleString("en-US")} />
      </dl>
      {/* exit actions when the connected wallet staked in this node (components/dapp/exit) */}
      {isConnected && wallet && chain.data ? <NodeExitActions stake={stake} state={v.state} network={backend.network} chainNode={onChain} snapshot={chain.data} readAtMs={chain.dataUpdatedAt} wallet={wallet} layout="panel" /> : null}
      <section>
        <h2 className="text-xl font-bold">Keys and operator</h2>
        <dl className="mt-3 grid gap-3 text-sm">
          <div>
            <dt className="text-muted">Operator</dt>
            <dd>
              <AddressLink explorerUrl={useTarget().explorerUrl} address={stake.operator_address} full />
            </dd>
          </div>
          <div>
            <dt className="text-muted">Ed25519 public key</dt>
            <dd>
              <KeyValue value={stake.service_node_pubkey} label="Ed25519 public key" />
            </dd>
          </div>
          <div>
            <dt className="text-muted">BLS public key</dt>
            <dd>
              <KeyValue value={stake.pubkey_bls} label="BLS public key" />
            </dd>
          </div>
        </dl>
      </section>
      <section>
        <h2 className="text-xl font-bold">Contributors</h2>
        <ContributorsTable rows={stake.contributors} explorerUrl={useTarget().explorerUrl} />
      </section>
      {stake.events.length > 0 ? (
        <section>
          <h2 className="text-xl font-bold">Events</h2>
          <ul className="mt-3 space-y-1 text-sm">
            {stake.events.map((e) => (
              <li key={`${e.tx}-${e.log_index}`} className="flex flex-wrap items-center gap-3">
                <span className="font-medium">{e.name}</span>
                <span className="text-muted">block {e.block.toLocaleString("en-US")}</span>
                <TxLink explorerUrl={useTarget().explorerUrl} hash={e.tx} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
