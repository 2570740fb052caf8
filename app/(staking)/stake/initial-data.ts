/**
 * /stake's first data, read on the server so the first HTML already holds the figures and the open
 * nodes (the largest paint no longer waits for client fetches). Same two steps as the client: the
 * backend's contract list (validated by its schema), then ONE chain batch. Bounded in time; on any
 * failure the page renders without it and the browser loads the data itself.
 */
import { createPublicClient } from "viem";
import { chainForTarget } from "@/lib/chain/chains";
import type { PublicTarget } from "@/lib/chain/targets";
import { transportForTarget } from "@/lib/chain/wagmi-config";
import { readStakeSnapshot } from "@/lib/contracts/reads/stake-page";
import { createNetworkClient } from "@/lib/network/client";
import { stakeReadCandidates, stakeReadNodeIds } from "@/lib/staking/stake-candidates";
import type { StakeInitialData } from "@/components/staking/hooks/useOpenNodes";

const BUDGET_MS = 3_000;

export async function loadStakeInitialData(target: PublicTarget, backendUrl: string): Promise<StakeInitialData | null> {
  const work = (async () => {
    const contracts = await createNetworkClient(backendUrl).getContributionContracts();
    const client = createPublicClient({ chain: chainForTarget(target), transport: transportForTarget(target) });
    const snapshot = await readStakeSnapshot(client, {
      addresses: target.contracts,
      contributionContracts: stakeReadCandidates(contracts).map((c) => c.address),
      nodeIds: stakeReadNodeIds(contracts),
    });
    return { contracts, snapshot };
  })();
  try {
    return await Promise.race([work, new Promise<null>((resolve) => setTimeout(() => resolve(null), BUDGET_MS))]);
  } catch {
    return null;
  }
}
