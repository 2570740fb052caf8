/**
 * Reward rate of the RewardRatePool (spec §4): `rewardRate()` is the payout of the next 120 s
 * Session block. Estimates are integer math in atomic units and basis points.
 */
import { APPCHAIN_BLOCK_SECONDS, DAY_SECONDS } from "./timing";

export const BLOCKS_PER_DAY = BigInt(DAY_SECONDS / APPCHAIN_BLOCK_SECONDS); // 720
export const DAYS_PER_YEAR = 365n;

export function rewardsPerDay(rewardRatePerBlock: bigint): bigint {
  return rewardRatePerBlock * BLOCKS_PER_DAY;
}

/**
 * Estimated yearly reward on stake before operator fees, in basis points (1500 = 15 %): a year of
 * today's daily rewards shared by all staked SESH. The real figure falls as the pool drains and
 * moves with the number of nodes; null when nothing is staked.
 */
export function estimatedYearlyRateBasisPoints(rewardRatePerBlock: bigint, totalStaked: bigint): number | null {
  if (totalStaked <= 0n) return null;
  return Number((rewardsPerDay(rewardRatePerBlock) * DAYS_PER_YEAR * 10_000n) / totalStaked);
}

/** Pool formula, to check the chain's value: balance × 151 × Δt / (1000 × 31 536 000). */
export function poolPayout(balance: bigint, seconds: bigint): bigint {
  return (balance * 151n * seconds) / (1000n * 31_536_000n);
}
