"use client";

import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { useClient } from "wagmi";
import type { StakeChainSnapshot } from "@/lib/contracts/reads/stake-page";
import { useTarget } from "../providers/TargetContext";

/** How often page data refreshes; block-level freshness is not needed for listings. */
export const PAGE_REFRESH_MS = 30_000;

/**
 * One chain batch for the given contracts / node ids / account (see lib/contracts/reads). Reads
 * use the configured chain's public client, never the wallet's, so a wallet on the wrong chain
 * does not break them.
 */
export function useStakeSnapshot(opts: { contracts: readonly Address[] | undefined; nodeIds: readonly bigint[] | undefined; account?: Address; enabled?: boolean; detail?: boolean; initialData?: StakeChainSnapshot }) {
  const target = useTarget();
  // the bare client (no public-action bundle); lib/contracts/reads uses tree-shaken viem actions
  const client = useClient({ chainId: target.chainId });
  const ready = opts.contracts !== undefined && opts.nodeIds !== undefined && client !== undefined && (opts.enabled ?? true);
  return useQuery<StakeChainSnapshot>({
    queryKey: ["chain", "snapshot", target.chainId, opts.contracts?.join(","), opts.nodeIds?.map(String).join(","), opts.account ?? null, opts.detail ?? false],
    enabled: ready,
    refetchInterval: PAGE_REFRESH_MS,
    placeholderData: (previous) => previous,
    initialData: opts.initialData,
    // the read layer and its contract ABIs load with the first chain query, not with the page:
    // /stake and /nodes hydrate with server-read data and need them only for refreshes
    queryFn: async () =>
      (await import("@/lib/contracts/reads/stake-page")).readStakeSnapshot(client!, {
        addresses: { token: target.contracts.token, rewards: target.contracts.rewards, pool: target.contracts.pool, multicall3: target.contracts.multicall3 },
        contributionContracts: opts.contracts ?? [],
        nodeIds: opts.nodeIds ?? [],
        account: opts.account,
        detail: opts.detail,
      }),
  });
}
