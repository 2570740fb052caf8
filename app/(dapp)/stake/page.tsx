import { Suspense } from "react";
import type { Metadata } from "next";
import { CountStepOnView } from "@/components/funnel/CountStepOnView";
import { FAULT_REFRESH_MS, PAGE_REFRESH_MS, WITNESS_POLL_MS } from "@/components/dapp/data/refresh";
import { NetworkStats } from "@/components/dapp/open-nodes/NetworkStats";
import { OpenNodesList } from "@/components/dapp/open-nodes/OpenNodesList";
import { RefreshEvery } from "@/components/dapp/nodes/RefreshEvery";
import { ServerErrorState } from "@/components/dapp/ui/ServerErrorState";
import { ErrorState, Loading } from "@/components/dapp/ui/States";
import { loadServerTarget } from "@/lib/chain/server-target";
import { contractDetailsPending } from "@/lib/staking/contract-state";
import { filterOpenNodes, openNodeRows, sortOpenNodes } from "@/lib/staking/open-nodes";
import { parseOpenNodesQuery, type OpenNodesQuery } from "@/lib/staking/open-nodes-query";
import { registeredStake } from "@/lib/staking/registry-totals";
import { ATOMIC_PER_SESH } from "@/lib/staking/amounts";
import { stakeReadCandidates } from "@/lib/staking/stake-candidates";
import { cookieAccount } from "../cookie-wallet";
import { loadStakePage } from "./stake-data";

export const metadata: Metadata = {
  title: "Stake SESH",
  description: "Join a Session Node: open nodes looking for contributors, their fees and minimum stakes, and the network's reward rate.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The network figures and the open nodes, read and rendered on the server (no wallet code): the
 * list sorted and filtered as the URL says, the cookies' wallet balance when there is one, the
 * page rendered again every PAGE_REFRESH_MS (sooner while a service fails or the network is still
 * reading a new contract).
 */
async function OpenNodes({ query }: { query: OpenNodesQuery }) {
  const loaded = await loadServerTarget();
  if (!loaded.ok) return <ErrorState title="The open nodes could not be loaded." error={loaded.message} />;
  const target = loaded.target.public;
  const account = await cookieAccount();
  const d = await loadStakePage(loaded.target, account);
  const chain = d.snapshot;
  const list = d.contracts;
  const candidates = list ? stakeReadCandidates(list) : [];
  const rows =
    chain && list
      ? openNodeRows({ contracts: candidates, chain: chain.contracts, liveBlsKeys: Object.keys(list.added_bls_keys), currentL2Block: Number(chain.registry.blockNumber ?? 0n), includeAwaitingOperator: query.all })
      : null;
  const balance = account ? (chain?.account?.balance ?? null) : null;
  const shown = rows
    ? sortOpenNodes(filterOpenNodes(rows, { text: query.q, maxFeeBasisPoints: query.maxFee ?? undefined, onlyWithFreeSlots: query.free, affordableWith: query.affordable && balance !== null ? balance : undefined, minRemaining: query.room !== null ? BigInt(query.room) * ATOMIC_PER_SESH : undefined, maxMinContribution: query.min !== null ? BigInt(query.min) * ATOMIC_PER_SESH : undefined }), query.sort, query.dir)
    : null;
  const pending = candidates.some(contractDetailsPending);
  const fault = d.backendError !== null || d.chainError !== null;
  return (
    <>
      <NetworkStats snapshot={chain} activeNodes={list?.network.active_node_count} totalStaked={list && chain ? registeredStake(chain.nodes) : undefined} connected={account !== null} />
      {d.backendError ? (
        <div className="mt-6">
          <ServerErrorState title="The staking backend could not be read: the open nodes cannot be listed." message={d.backendError} />
        </div>
      ) : null}
      {d.chainError ? (
        <div className="mt-6">
          <ServerErrorState title="The chain could not be read: its figures show as —." message={d.chainError} />
        </div>
      ) : null}
      {shown ? <OpenNodesList rows={shown} query={query} balance={balance} explorerUrl={target.explorerUrl} earnings={chain?.registry.rewardRatePerBlock != null && list ? { rewardRatePerBlock: chain.registry.rewardRatePerBlock, totalStaked: registeredStake(chain.nodes) } : null} /> : null}
      {/* a contract the network is still reading turns joinable within seconds: follow it at the witness pace */}
      <RefreshEvery ms={pending ? WITNESS_POLL_MS : fault ? FAULT_REFRESH_MS : PAGE_REFRESH_MS} />
    </>
  );
}

function OpenNodesSkeleton() {
  return (
    <>
      <NetworkStats snapshot={undefined} activeNodes={undefined} totalStaked={undefined} connected={false} />
      <div className="mt-10">
        <Loading label="Loading open nodes…" minHeight="min-h-[24rem]" />
      </div>
    </>
  );
}

export default async function StakePage({ searchParams }: Props) {
  const query = parseOpenNodesQuery(await searchParams);
  return (
    <>
      <CountStepOnView step="stake_page" />
      <h1 className="text-3xl font-bold">Stake SESH</h1>
      <p className="mt-2 max-w-2xl text-muted">Contribute SESH to a Session Node and earn a share of its rewards. Figures are read live from the chain.</p>
      <div className="mt-8">
        <Suspense fallback={<OpenNodesSkeleton />}>
          <OpenNodes query={query} />
        </Suspense>
      </div>
    </>
  );
}
