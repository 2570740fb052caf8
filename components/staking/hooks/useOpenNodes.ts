"use client";

import { useMemo } from "react";
import type { Address } from "viem";
import type { ContributionContractNotReady } from "@/lib/network/schemas";
import type { ContributionChainState, StakeChainSnapshot } from "@/lib/contracts/reads/stake-page";
import { stakeReadCandidates, stakeReadNodeIds } from "@/lib/staking/stake-candidates";
import type { ContributionContractsResponse } from "@/lib/network/schemas";
import { freeSlots, minimumContribution, remainingStake, totalContributed, type ContributionSnapshot } from "@/lib/staking/contribution";
import type { OpenNodeRow } from "@/lib/staking/open-nodes";
import { useContributionContracts } from "./useNetworkQueries";
import { useStakeSnapshot } from "./useStakeReads";

/** Chain state of a contribution contract in the shape lib/staking's rules take. */
export function contributionSnapshot(c: ContributionChainState, fallback: { stakingRequirement: bigint; maxContributors: bigint }): ContributionSnapshot {
  return {
    stakingRequirement: c.stakingRequirement ?? fallback.stakingRequirement,
    maxContributors: c.maxContributors ?? fallback.maxContributors,
    contributions: c.contributions,
    reservations: c.reservations,
  };
}

export function toOpenNodeRow(api: ContributionContractNotReady, chain: ContributionChainState, fallback: { stakingRequirement: bigint; maxContributors: bigint }): OpenNodeRow {
  const snap = contributionSnapshot(chain, fallback);
  return {
    address: api.address,
    operator: chain.operator ?? api.operator_address,
    status: chain.status >= 0 ? chain.status : api.status,
    feeBasisPoints: chain.feeBasisPoints ?? api.fee ?? 0,
    staked: totalContributed(snap),
    remaining: remainingStake(snap),
    // the contract's own answer wins; the rule is the fallback when the call could not be made
    minContribution: chain.minimumContribution ?? minimumContribution(snap),
    freeSlots: freeSlots(snap),
    reservedSlots: chain.reservations.filter((r) => !r.received).length,
    ed25519: api.service_node_pubkey,
  };
}

/** /stake's data as the server read it for the first HTML (app/(staking)/stake/initial-data.ts). */
export type StakeInitialData = { contracts: ContributionContractsResponse; snapshot: StakeChainSnapshot };

/**
 * Everything /stake shows: the backend lists the contracts and live node ids, then ONE chain batch
 * reads their facts plus the registry, pool and (when connected) the wallet.
 */
export function useStakePageData(account: Address | undefined, initial?: StakeInitialData) {
  // One backend request: the contracts answer also carries the live node ids (added_bls_keys) and
  // the network summary (active nodes), so /stake needs neither /nodes/bls nor /info.
  const contractsQuery = useContributionContracts(initial?.contracts);

  const candidates = useMemo(() => (contractsQuery.data ? stakeReadCandidates(contractsQuery.data) : undefined), [contractsQuery.data]);
  const nodeIds = useMemo(() => (contractsQuery.data ? stakeReadNodeIds(contractsQuery.data) : undefined), [contractsQuery.data]);
  // When the network API fails, the chain's own figures (registry, pool, wallet) still load.
  const snapshot = useStakeSnapshot({
    contracts: candidates?.map((c) => c.address) ?? (contractsQuery.isError ? [] : undefined),
    nodeIds: nodeIds ?? (contractsQuery.isError ? [] : undefined),
    account,
    // the server's batch has no wallet: it only stands in for the wallet-less read
    initialData: account ? undefined : initial?.snapshot,
  });

  const rows = useMemo(() => {
    const s: StakeChainSnapshot | undefined = snapshot.data;
    if (!s || !candidates) return undefined;
    const fallback = { stakingRequirement: s.registry.stakingRequirement ?? 0n, maxContributors: s.registry.maxContributors ?? 10n };
    return candidates.flatMap((api) => {
      const chain = s.contracts.find((c) => c.address.toLowerCase() === api.address.toLowerCase());
      return chain ? [toOpenNodeRow(api, chain, fallback)] : [];
    });
  }, [snapshot.data, candidates]);

  const totalStaked = !contractsQuery.data ? undefined : snapshot.data?.nodes.filter((n) => n.registered).reduce((sum, n) => sum + n.deposit, 0n);
  return { contractsQuery, snapshot, rows, totalStaked };
}
