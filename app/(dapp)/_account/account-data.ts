/**
 * An address's staking, read on the server through the server cache (/mystakes, /address/<a>): the
 * backend's stakes, rewards and daily history, then ONE chain batch for the nodes and contracts it
 * names and the address's balances and rewards record. Each part that fails says why; the page
 * renders what it has and never shows a missing figure as zero.
 */
import "server-only";
import type { Address } from "viem";
import { withDeadline } from "@/lib/async/deadline";
import type { ServerTarget } from "@/lib/chain/targets";
import type { AccountData } from "@/components/dapp/account/account-data-type";
import { createBackendClient } from "@/lib/backend/client";
import { cachedBackendRead } from "@/lib/server-cache/backend-read";
import { cachedChainSnapshot } from "@/lib/server-cache/chain-read";
import { PAGE_READ_BUDGET_MS } from "@/lib/server-cache/settings";
import { errorSentence } from "@/components/dapp/ui/States";




async function settle<T>(work: () => Promise<T>, what: string): Promise<{ value: T | null; error: string | null }> {
  try {
    return { value: await withDeadline(PAGE_READ_BUDGET_MS, work, { what }), error: null };
  } catch (e) {
    return { value: null, error: errorSentence(e) };
  }
}

export async function loadAccountPage(target: ServerTarget, address: Address): Promise<AccountData> {
  const api = createBackendClient(target.backendUrl);
  const key = address.toLowerCase();
  const [stakes, rewards, daily] = await Promise.all([
    settle(() => cachedBackendRead(target, `/stakes/${key}`, () => api.getStakes(address), { witnessed: (a) => a.network.l2_height }), "The staking backend's stakes"),
    settle(() => cachedBackendRead(target, `/rewards/${key}`, () => api.getRewards(address)), "The staking backend's rewards"),
    settle(() => cachedBackendRead(target, `/daily-rewards/${key}`, () => api.getDailyRewards(address)), "The daily rewards"),
  ]);
  const chain = await settle(
    () =>
      cachedChainSnapshot(target.public, {
        addresses: target.public.contracts,
        contributionContracts: stakes.value?.contracts.map((c) => c.address) ?? [],
        nodeIds: stakes.value?.stakes.map((s) => BigInt(s.contract_id)) ?? [],
        account: address,
      }),
    "The chain read",
  );
  return {
    stakes: stakes.value,
    rewards: rewards.value,
    daily: daily.value,
    stakesError: stakes.error,
    rewardsError: rewards.error,
    dailyError: daily.error,
    snapshot: chain.value,
    chainError: chain.error,
    readAtMs: Date.now(),
  };
}
