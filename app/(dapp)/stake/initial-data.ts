/**
 * /stake's first data, read on the server so the first HTML already holds the figures and the open
 * nodes (the largest paint no longer waits for client fetches). Same two steps as the client: the
 * backend's contract list (validated by its schema), then ONE chain batch; both through the server
 * cache (lib/server-cache/), so a burst of views costs one backend request and one multicall per
 * block, not per view. The page waits at most BUDGET_MS; on any failure it renders without the data
 * and the browser loads it itself.
 */
import "server-only";
import { withDeadline } from "@/lib/async/deadline";
import type { ServerTarget } from "@/lib/chain/targets";
import type { ChainSnapshot } from "@/lib/contracts/reads/chain-snapshot";
import { createNetworkClient } from "@/lib/network/client";
import type { ContributionContractsResponse } from "@/lib/network/schemas";
import { cachedBackendRead } from "@/lib/server-cache/backend-read";
import { cachedChainSnapshot } from "@/lib/server-cache/chain-read";
import { stakeReadCandidates, stakeReadNodeIds } from "@/lib/staking/stake-candidates";

const BUDGET_MS = 3_000;

export type StakeInitialData = { contracts: ContributionContractsResponse; snapshot: ChainSnapshot | null };

/** The backend's open contracts, shared by every request (the client's deadline bounds the load). */
function openContracts(target: ServerTarget): Promise<ContributionContractsResponse> {
  return cachedBackendRead(target, "/contract/contribution", () => createNetworkClient(target.backendUrl).getContributionContracts(), {
    witnessed: (a) => a.network.l2_height,
    weigh: (a) => 2_048 + 2_048 * a.contracts.length,
  });
}

export async function loadStakeInitialData(target: ServerTarget): Promise<StakeInitialData | null> {
  try {
    return await withDeadline(
      BUDGET_MS,
      async () => {
        const contracts = await openContracts(target);
        // the chain may be down while the backend answers: the list still goes out (the browser
        // then reads only the chain, and says so if it still cannot)
        const snapshot = await cachedChainSnapshot(target.public, {
          addresses: target.public.contracts,
          contributionContracts: stakeReadCandidates(contracts).map((c) => c.address),
          nodeIds: stakeReadNodeIds(contracts),
        }).catch(() => null);
        return { contracts, snapshot };
      },
      { what: "/stake's server read" },
    );
  } catch {
    return null;
  }
}
