"use client";

import { useState } from "react";
import { useAccount } from "wagmi";
import { ErrorState, Loading } from "../ui/States";
import { NetworkStats } from "./NetworkStats";
import { OpenNodesTable } from "./OpenNodesTable";
import { useOpenNodes, type OpenNodesInitialData } from "./useOpenNodes";

/** /stake: network figures and the open nodes. Personal figures only when a wallet is connected. */
export function StakeOverview({ initial }: { initial?: OpenNodesInitialData }) {
  const { address, isConnected } = useAccount();
  const [showAwaitingOperator, setShowAwaitingOperator] = useState(false);
  const { contractsQuery, snapshot, rows, totalStaked } = useOpenNodes(isConnected ? address : undefined, showAwaitingOperator, initial);

  const apiError = contractsQuery.error;
  return (
    <>
      <NetworkStats snapshot={snapshot.data} activeNodes={contractsQuery.data?.network.active_node_count} totalStaked={totalStaked} connected={isConnected} />
      {apiError ? <div className="mt-6"><ErrorState title="The network API could not be read: the open nodes cannot be listed." error={apiError} onRetry={() => void contractsQuery.refetch()} retrying={contractsQuery.isFetching} /></div> : null}
      {snapshot.error ? <div className="mt-6"><ErrorState title="The chain could not be read: its figures show as —." error={snapshot.error} onRetry={() => void snapshot.refetch()} retrying={snapshot.isFetching} /></div> : null}
      {rows ? (
        <OpenNodesTable rows={rows} balance={snapshot.data?.account?.balance ?? null} showAwaitingOperator={showAwaitingOperator} onToggleAwaitingOperator={setShowAwaitingOperator} />
      ) : !apiError && !snapshot.error ? (
        <div className="mt-10">
          <Loading label="Loading open nodes…" minHeight="min-h-[24rem]" />
        </div>
      ) : null}
    </>
  );
}
