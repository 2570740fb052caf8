import type { ChainSnapshot } from "@/lib/contracts/reads/chain-snapshot";
import type { DailyRewardsResponse, RewardsInfoResponse, StakesResponse } from "@/lib/backend/schemas";

/** What the server read for an address's staking page (app/(dapp)/_account/account-data.ts). */
export type AccountData = {
  stakes: StakesResponse | null;
  rewards: RewardsInfoResponse | null;
  daily: DailyRewardsResponse | null;
  stakesError: string | null;
  rewardsError: string | null;
  dailyError: string | null;
  snapshot: ChainSnapshot | null;
  chainError: string | null;
  readAtMs: number;
};
