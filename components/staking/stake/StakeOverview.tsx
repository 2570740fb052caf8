"use client";

import { useMemo, useState } from "react";
import { useAccount } from "wagmi";
import { selectOpenContracts } from "@/lib/staking/contract-state";
import { useStakePageData, type StakeInitialData } from "../hooks/useOpenNodes";
import { ErrorState, Loading } from "../ui/States";
import { NetworkStats } from "./NetworkStats";
import { OpenNodesTable } from "./OpenNodesTable";

/** /stake: network figures and the open nodes. Personal figures only when a wallet is connected. */
export function StakeOverview({ initial }: { initial?: StakeInitialData }) {
  const { address, isConnected } = useAccount();
  const { contractsQuery, snapshot, rows, totalStaked } = useStakePageData(isConnected ? address : undefined, initial);
  const [showAwaitingOperator, setShowAwaitingOperator] = useState(false);

  // Final visibility with the chain's own block number and status (§6.2).
  const visible = useMemo(() => {
    if (!rows || !contractsQuery.data || !snapshot.data) return undefined;
    const live = new Set(Object.keys(contractsQuery.data.added_bls_keys).map((k) => k.toLowerCase()));
    const byAddress = new Map(rows.map((r) => [r.address.toLowerCase(), r]));
    const apiWithChainStatus = contractsQuery.data.contracts
      .filter((c) => byAddress.has(c.address.toLowerCase()))
      .map((c) => ({ ...c, status: byAddress.get(c.address.toLowerCase())!.status }));
    const block = Number(snapshot.data.registry.blockNumber ?? 0n);
    const kept = selectOpenContracts(apiWithChainStatus, { liveBlsKeys: live, currentL2Block: block, includeAwaitingOperator: showAwaitingOperator });
    return kept.map((k) => byAddress.get(k.contract.address.toLowerCase())!);
  }, [rows, contractsQuery.data, snapshot.data, showAwaitingOperator]);

  const apiError = contractsQuery.error;
  return (
    <>
      <NetworkStats snapshot={snapshot.data} activeNodes={contractsQuery.data?.network.active_node_count} totalStaked={totalStaked} connected={isConnected} />
      {apiError ? <div className="mt-6"><ErrorState title="The network API could not be read." error={apiError} /></div> : null}
      {snapshot.error ? <div className="mt-6"><ErrorState title="The chain could not be read." error={snapshot.error} /></div> : null}
      {visible ? (
        <OpenNodesTable rows={visible} balance={snapshot.data?.account?.balance ?? null} showAwaitingOperator={showAwaitingOperator} onToggleAwaitingOperator={setShowAwaitingOperator} />
      ) : !apiError && !snapshot.error ? (
        <div className="mt-10">
          <Loading label="Loading open nodes…" minHeight="min-h-[24rem]" />
        </div>
      ) : null}
    </>
  );
}
