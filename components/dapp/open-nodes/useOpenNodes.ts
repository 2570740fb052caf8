"use client";

import { useMemo, useRef } from "react";
import type { Address } from "viem";
import type { ChainSnapshot } from "@/lib/contracts/reads/chain-snapshot";
import type { ContributionContractsResponse } from "@/lib/network/schemas";
import { contractDetailsPending } from "@/lib/staking/contract-state";
import { openNodeRows } from "@/lib/staking/open-nodes";
import { registeredStake } from "@/lib/staking/registry-totals";
import { stakeReadCandidates, stakeReadNodeIds } from "@/lib/staking/stake-candidates";
import { useContributionContracts } from "../data/network-queries";
import { useChainSnapshot } from "../data/useChainSnapshot";

/** How long /stake follows contracts whose details are pending at the witness pace before its usual refresh. */
const PENDING_FOLLOW_MS = 120_000;

/** /stake's data as the server read it for the first HTML (app/(dapp)/stake/initial-data.ts). */
export type OpenNodesInitialData = { contracts: ContributionContractsResponse; snapshot: ChainSnapshot | null };

/**
 * The open nodes and the network figures /stake shows: the backend lists the contracts and live
 * node ids, then ONE chain batch reads their facts plus the registry, pool and (when connected)
 * the wallet. Which rows are listed is decided by lib/staking with the chain's own status.
 */
export function useOpenNodes(account: Address | undefined, includeAwaitingOperator: boolean, initial?: OpenNodesInitialData) {
  // One backend request: the contracts answer also carries the live node ids (added_bls_keys) and
  // the network summary (active nodes), so /stake needs neither /nodes/bls nor /info. While the
  // network has not read a contract's details yet it is asked again at the witness pace, not at the
  // page's 30 s, so a "details pending" row turns into a joinable one within seconds; for at most
  // PENDING_FOLLOW_MS, since a row can stay pending for good (spec §5.9).
  const pendingSince = useRef<number | null>(null);
  const followPending = (data: ContributionContractsResponse | undefined) => {
    if (!data || !stakeReadCandidates(data).some(contractDetailsPending)) {
      pendingSince.current = null;
      return false;
    }
    pendingSince.current ??= Date.now();
    return Date.now() - pendingSince.current < PENDING_FOLLOW_MS;
  };
  const contractsQuery = useContributionContracts(initial?.contracts, followPending);
  const list = contractsQuery.data;

  const candidates = useMemo(() => (list ? stakeReadCandidates(list) : undefined), [list]);
  const nodeIds = useMemo(() => (list ? stakeReadNodeIds(list) : undefined), [list]);
  // When the network API fails, the chain's own figures (registry, pool, wallet) still load.
  const snapshot = useChainSnapshot({
    contracts: candidates?.map((c) => c.address) ?? (contractsQuery.isError ? [] : undefined),
    nodeIds: nodeIds ?? (contractsQuery.isError ? [] : undefined),
    account,
    // the server's batch has no wallet: it only stands in for the wallet-less read
    initialData: account ? undefined : (initial?.snapshot ?? undefined),
  });

  const chain = snapshot.data;
  const rows = useMemo(() => {
    if (!chain || !candidates || !list) return undefined;
    return openNodeRows({
      contracts: candidates,
      chain: chain.contracts,
      liveBlsKeys: Object.keys(list.added_bls_keys),
      currentL2Block: Number(chain.registry.blockNumber ?? 0n),
      includeAwaitingOperator,
    });
  }, [chain, candidates, list, includeAwaitingOperator]);

  const totalStaked = list && chain ? registeredStake(chain.nodes) : undefined;
  return { contractsQuery, snapshot, rows, totalStaked };
}
