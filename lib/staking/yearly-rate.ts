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

export type EarningsEstimateInput = {
  /** what the contributor would stake, atomic */
  amount: bigint;
  /** the pool's rewardRate(): the payout of the next 120 s block */
  rewardRatePerBlock: bigint;
  /** all SESH staked in registered nodes, atomic */
  totalStaked: bigint;
  /** the node's operator fee, basis points */
  feeBasisPoints: number;
};

/**
 * What a contributor would earn in a year, estimated (spec §2.9, §4): every registered node earns
 * the same share of the pool's payout and a node's reward is shared in proportion to stake after
 * the operator's fee, so `amount × rewardRate × 720 × 365 × (10 000 − fee) / (totalStaked × 10 000)`.
 * An estimate: the pool's payout falls as it drains and the number of nodes moves. Null when
 * nothing is staked.
 */
export function estimatedYearlyEarnings(i: EarningsEstimateInput): bigint | null {
  if (i.totalStaked <= 0n || i.amount <= 0n) return i.totalStaked <= 0n ? null : 0n;
  const afterFee = 10_000n - BigInt(Math.min(10_000, Math.max(0, i.feeBasisPoints)));
  return (i.amount * rewardsPerDay(i.rewardRatePerBlock) * DAYS_PER_YEAR * afterFee) / (i.totalStaked * 10_000n);
}
