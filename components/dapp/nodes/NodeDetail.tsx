import type { Address } from "viem";
import type { Actor } from "@/lib/flows/flow-target";
import type { ChainSnapshot } from "@/lib/contracts/reads/chain-snapshot";
import type { NetworkInfo, Stake } from "@/lib/backend/schemas";
import { formatSesh } from "@/lib/staking/amounts";
import { formatFeePpm } from "@/lib/staking/fees";
import { nodeView } from "@/lib/staking/node-view";
import { nodeSoftwareWarnings } from "@/lib/staking/node-software";
import type { SoftwareRules } from "@/lib/config/node-software-rules";
import { NodeExitActions } from "../exit/NodeExitActions";
import { AddressLink, KeyValue, TxLink } from "../ui/AddressLink";
import { ContributorsTable } from "../ui/ContributorsTable";
import { ServerErrorState } from "../ui/ServerErrorState";
import { ErrorState, FaultNotice, Stat } from "../ui/States";
import { NodeStateBadge } from "./NodeStateBadge";
import { NodeTimerText } from "./NodeTimerText";
import { SoftwareWarningList } from "./SoftwareWarnings";

/**
 * The backend's view of this one node, read on the server (the page picks it out of the node list,
 * so the browser never downloads and parses the whole registry for one node).
 */
export type NodeBackendView = { ok: true; stake: Stake | null; network: NetworkInfo; t: number } | { ok: false; message: string };

type Props = {
  id: number;
  backend: NodeBackendView;
  /** the registry contract's record (and the exit rules), read on the server; null when the chain failed */
  chain: ChainSnapshot | null;
  chainError: string | null;
  /** when the server read `chain` (the exit countdowns tick from there) */
  readAtMs: number;
  /** the staker (the cookies' wallet, or the vesting contract it acts as): a contributor of the node gets its exit actions */
  wallet: Address | null;
  /** who asks for the exit (absent or null: the wallet itself) */
  actor?: Actor | null;
  explorerUrl: string | null;
  /** the configured minimum versions and coming fork (spec §5.7) */
  software: SoftwareRules;
};

/** /nodes/[id]: one registered node, the backend's view checked against the registry contract, rendered on the server. */
export function NodeDetail({ id, backend, chain, chainError, readAtMs, wallet, actor, explorerUrl, software }: Props) {
  if (!backend.ok) return <ServerErrorState title="This node could not be loaded from the staking backend." message={backend.message} />;
  const onChain = chain?.nodes[0];
  const stake = backend.stake;
  // the network's own clock (devnet time may run ahead of the wall clock)
  const now = backend.t;
  if (!stake) {
    // the network lists live nodes only: without its record, only the chain can tell
    if (!chain) return <ServerErrorState title="This node could not be loaded: the network does not list it and the chain could not be read." message={chainError ?? ""} />;
    if (onChain?.registered) {
      return (
        <div className="space-y-4">
          <p className="text-muted">The network has not reported this node yet; the registry contract holds:</p>
          <dl className="grid grid-cols-2 gap-3 md:grid-cols-3">
            <Stat label="Deposit" testId="node-deposit" value={`${formatSesh(onChain.deposit)} SESH`} />
            <Stat label="Operator" testId="node-operator" value={<AddressLink address={onChain.operator} explorerUrl={explorerUrl} />} />
            <Stat label="Contributors" testId="node-contributors" value={onChain.contributors.length} />
          </dl>
        </div>
      );
    }
    // ids are never reused: one below the next id was registered once, and has left
    const next = chain.exitRules.nextServiceNodeID;
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
      <SoftwareWarningList warnings={nodeSoftwareWarnings(stake, v.state, software, now)} />
      {!chain ? <FaultNotice>The chain could not be read: state and stake are as the network reports them, not yet checked against the registry contract.</FaultNotice> : null}
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label="Stake" testId="node-deposit" value={`${formatSesh(deposit)} SESH`} />
        <Stat label="Operator fee" testId="node-fee" value={formatFeePpm(stake.operator_fee)} />
        <Stat label="Contributors" testId="node-contributors" value={stake.contributors.length} />
        <Stat label="Registered at height" testId="node-registration-height" value={stake.registration_height.toLocaleString("en-US")} />
      </dl>
      {/* exit actions when the cookies' wallet staked in this node (components/dapp/exit): loaded only then */}
      {wallet && chain ? <NodeExitActions stake={stake} state={v.state} network={backend.network} chainNode={onChain} snapshot={chain} readAtMs={readAtMs} wallet={wallet} actor={actor ?? undefined} layout="panel" /> : null}
      <section>
        <h2 className="text-xl font-bold">Keys and operator</h2>
        <dl className="mt-3 grid gap-3 text-sm">
          <div>
            <dt className="text-muted">Operator</dt>
            <dd>
              <AddressLink address={stake.operator_address} full explorerUrl={explorerUrl} />
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
        <ContributorsTable rows={stake.contributors} explorerUrl={explorerUrl} />
      </section>
      {stake.events.length > 0 ? (
        <section>
          <h2 className="text-xl font-bold">Events</h2>
          <ul className="mt-3 space-y-1 text-sm">
            {stake.events.map((e) => (
              <li key={`${e.tx}-${e.log_index}`} className="flex flex-wrap items-center gap-3">
                <span className="font-medium">{e.name}</span>
                <span className="text-muted">block {e.block.toLocaleString("en-US")}</span>
                <TxLink hash={e.tx} explorerUrl={explorerUrl} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
