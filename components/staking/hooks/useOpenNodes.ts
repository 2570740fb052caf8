"use client";

import { useMemo } from "react";
import type { Address } from "viem";
import type { ContributionContractNotReady } from "@/lib/network/schemas";
import type { ContributionChainState, StakeChainSnapshot } from "@/lib/contracts/reads/stake-page";
import { selectOpenContracts } from "@/lib/staking/contract-state";
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

/**
 * Everything /stake shows: the backend lists the contracts and live node ids, then ONE chain batch
 * reads their facts plus the registry, pool and (when connected) the wallet.
 */
export function useStakePageData(account: Address | undefined) {
  // One backend request: the contracts answer also carries the live node ids (added_bls_keys) and
  // the network summary (active nodes), so /stake needs neither /nodes/bls nor /info.
  const contractsQuery = useContributionContracts();

  const candidates = useMemo(() => {
    if (!contractsQuery.data) return undefined;
    const live = new Set(Object.keys(contractsQuery.data.added_bls_keys).map((k) => k.toLowerCase()));
    // Read every contract that could be listed (incl. status 0 for the toggle). The Joining window
    // needs the L2 block; the backend's newest event block is a close stand-in for the filter here.
    const newestBlock = contractsQuery.data.contracts.reduce((m, c) => c.events.reduce((mm, e) => Math.max(mm, e.block), m), 0);
    return selectOpenContracts(contractsQuery.data.contracts, { liveBlsKeys: live, currentL2Block: newestBlock, includeAwaitingOperator: true }).map((l) => l.contract);
  }, [contractsQuery.data]);

  const nodeIds = useMemo(() => (contractsQuery.data ? [...new Set(Object.values(contractsQuery.data.added_bls_keys))].sort((a, b) => a - b).map(BigInt) : undefined), [contractsQuery.data]);
  // When the network API fails, the chain's own figures (registry, pool, wallet) still load.
  const snapshot = useStakeSnapshot({
    contracts: candidates?.map((c) => c.address) ?? (contractsQuery.isError ? [] : undefined),
    nodeIds: nodeIds ?? (contractsQuery.isError ? [] : undefined),
    account,
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
