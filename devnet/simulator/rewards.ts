/**
 * Reward arithmetic of the simulated network (pure). Per Session block the reward pool releases
 * what RewardRatePool.rewardRate() would: balance × 15.1 %/year × 120 s; the network splits it
 * evenly among active nodes, and each node's share goes first to the operator fee, then to the
 * contributors' beneficiaries in proportion to their stake. Integer division floors every step
 * (the dust stays in the pool), so results are exact and repeatable.
 */
import type { Address } from "viem";

export const ANNUAL_SIMPLE_PAYOUT_RATE = 151n; // per mille
const PER_MILLE = 1000n;
const SECONDS_PER_YEAR = 31_536_000n;
const BLOCK_SECONDS = 120n;

/** RewardRatePool.calculatePayoutAmount(balance, 120): what one Session block releases. */
export function poolRewardPerBlock(poolBalance: bigint): bigint {
  return (poolBalance * ANNUAL_SIMPLE_PAYOUT_RATE * BLOCK_SECONDS) / (PER_MILLE * SECONDS_PER_YEAR);
}

export type Share = { beneficiary: Address; amount: bigint };

/**
 * Splits one node's reward: `feeBps` basis points to the operator's beneficiary (the first
 * contributor), the rest by stake. Returns one entry per contributor, operator first.
 */
export function splitNodeReward(
  reward: bigint,
  feeBps: number,
  contributors: readonly { beneficiary: Address; amount: bigint }[],
): Share[] {
  if (contributors.length === 0 || reward <= 0n) return [];
  const total = contributors.reduce((sum, c) => sum + c.amount, 0n);
  const fee = (reward * BigInt(feeBps)) / 10_000n;
  const rest = reward - fee;
  return contributors.map((c, i) => ({
    beneficiary: c.beneficiary,
    amount: (total === 0n ? 0n : (rest * c.amount) / total) + (i === 0 ? fee : 0n),
  }));
}
