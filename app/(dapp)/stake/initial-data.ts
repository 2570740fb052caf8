/**
 * /stake's first data, read on the server so the first HTML already holds the figures and the open
 * nodes (the largest paint no longer waits for client fetches). Same two steps as the client: the
 * backend's contract list (validated by its schema), then ONE chain batch. Bounded in time by one
 * deadline whose signal aborts both requests; on any failure the page renders without it and the
 * browser loads the data itself.
 */
import { createPublicClient } from "viem";
import { withDeadline } from "@/lib/async/deadline";
import { chainForTarget } from "@/lib/chain/chains";
import type { PublicTarget } from "@/lib/chain/targets";
import { transportForTarget } from "@/lib/chain/wagmi-config";
import { readChainSnapshot, type ChainSnapshot } from "@/lib/contracts/reads/chain-snapshot";
import { createNetworkClient } from "@/lib/network/client";
import type { ContributionContractsResponse } from "@/lib/network/schemas";
import { stakeReadCandidates, stakeReadNodeIds } from "@/lib/staking/stake-candidates";

const BUDGET_MS = 3_000;

export type StakeInitialData = { contracts: ContributionContractsResponse; snapshot: ChainSnapshot | null };

export async function loadStakeInitialData(target: PublicTarget, backendUrl: string): Promise<StakeInitialData | null> {
  try {
    return await withDeadline(
      BUDGET_MS,
      async (signal) => {
        const contracts = await createNetworkClient(backendUrl).getContributionContracts({ signal });
        const client = createPublicClient({ chain: chainForTarget(target), transport: transportForTarget(target, { signal }) });
        // the chain may be down while the backend answers: the list still goes out (the browser
        // then reads only the chain, and says so if it still cannot)
        const snapshot = await readChainSnapshot(client, {
          addresses: target.contracts,
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
