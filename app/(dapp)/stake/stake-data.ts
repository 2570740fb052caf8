/**
 * /stake's data, read on the server through the server cache (lib/server-cache/): the backend's
 * contract list (validated by its schema), then ONE chain batch for the listed contracts, the live
 * nodes' deposits, the registry and pool figures and, for the cookies' account, its balance. A burst
 * of views costs one backend request and one multicall per block. Each part that fails says why;
 * the page renders what it has.
 */
import "server-only";
import type { Address } from "viem";
import { withDeadline } from "@/lib/async/deadline";
import type { ServerTarget } from "@/lib/chain/targets";
import type { ChainSnapshot } from "@/lib/contracts/reads/chain-snapshot";
import { createBackendClient } from "@/lib/backend/client";
import type { ContributionContractsResponse } from "@/lib/backend/schemas";
import { cachedBackendRead } from "@/lib/server-cache/backend-read";
import { cachedChainSnapshot } from "@/lib/server-cache/chain-read";
import { contractDetailsPending } from "@/lib/staking/contract-state";
import { stakeReadCandidates, stakeReadNodeIds } from "@/lib/staking/stake-candidates";
import { PAGE_READ_BUDGET_MS } from "@/lib/server-cache/settings";
import { errorSentence } from "@/components/dapp/ui/States";


export type StakePageData = {
  contracts: ContributionContractsResponse | null;
  /** why the backend's list is missing */
  backendError: string | null;
  snapshot: ChainSnapshot | null;
  /** why the chain's figures are missing */
  chainError: string | null;
};

/** While the network has not read a listed contract's details, the list is read again this often (they arrive within seconds). */
const DETAILS_FOLLOW_MS = 1_000;

/**
 * The backend's open contracts, shared by every request (the client's deadline bounds the load);
 * read again within a second while a listed contract's details are pending.
 */
export function openContracts(target: ServerTarget): Promise<ContributionContractsResponse> {
  return cachedBackendRead(target, "/contract/contribution", () => createBackendClient(target.backendUrl).getContributionContracts(), {
    witnessed: (a) => a.network.l2_height,
    freshForMs: (a) => (stakeReadCandidates(a).some(contractDetailsPending) ? DETAILS_FOLLOW_MS : undefined),
    weigh: (a) => 2_048 + 2_048 * a.contracts.length,
  });
}


export async function loadStakePage(target: ServerTarget, account: Address | null): Promise<StakePageData> {
  let contracts: ContributionContractsResponse | null = null;
  let backendError: string | null = null;
  try {
    contracts = await withDeadline(PAGE_READ_BUDGET_MS, () => openContracts(target), { what: "The staking backend's contract list" });
  } catch (e) {
    backendError = errorSentence(e);
  }
  // without the backend's list the chain's own figures (registry, pool, wallet) still load
  try {
    const snapshot = await withDeadline(
      PAGE_READ_BUDGET_MS,
      () =>
        cachedChainSnapshot(target.public, {
          addresses: target.public.contracts,
          contributionContracts: contracts ? stakeReadCandidates(contracts).map((c) => c.address) : [],
          nodeIds: contracts ? stakeReadNodeIds(contracts) : [],
          account: account ?? undefined,
        }),
      { what: "The chain read" },
    );
    return { contracts, backendError, snapshot, chainError: null };
  } catch (e) {
    return { contracts, backendError, snapshot: null, chainError: errorSentence(e) };
  }
}
