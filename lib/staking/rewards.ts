/**
 * Rewards: what a wallet can claim, and the contract's claim-cycle cap (spec §2.9, §5.3).
 */
export type RewardsInfoLike = {
  amount: bigint;
  lifetime_liquidated_stakes: bigint;
  lifetime_rewards: bigint;
  lifetime_unlocked_stakes: bigint;
  claimed_stakes: bigint;
  claimed_rewards: bigint;
};

export type BackendClaimable = { stakes: bigint; rewards: bigint; total: bigint };

function nonNegative(v: bigint): bigint {
  return v > 0n ? v : 0n;
}

/** Portal math: unlocked − liquidated − claimed stakes, plus lifetime − claimed rewards. */
export function claimableFromBackend(r: RewardsInfoLike): BackendClaimable {
  const stakes = nonNegative(r.lifetime_unlocked_stakes - r.lifetime_liquidated_stakes - r.claimed_stakes);
  const rewards = nonNegative(r.lifetime_rewards - r.claimed_rewards);
  return { stakes, rewards, total: stakes + rewards };
}

/** On-chain: `recipients(a)` gives the lifetime authorised total and what was already claimed. */
export function claimableOnChain(recipient: { rewards: bigint; claimed: bigint }): bigint {
  return nonNegative(recipient.rewards - recipient.claimed);
}

/**
 * What a claim will pay in total: the network's signed lifetime amount minus what the contract
 * records as claimed. When the network has signed more than the contract knows, the claim first
 * updates the balance (§5.4).
 */
export function claimableAfterUpdate(networkLifetimeAmount: bigint, recipient: { rewards: bigint; claimed: bigint }): bigint {
  const lifetime = networkLifetimeAmount > recipient.rewards ? networkLifetimeAmount : recipient.rewards;
  return nonNegative(lifetime - recipient.claimed);
}

export type ClaimCapInput = {
  claimThreshold: bigint;
  claimCycle: bigint;
  currentClaimTotal: bigint;
  currentClaimCycle: bigint;
  nowUnixSeconds: bigint;
};

export type ClaimCapState = {
  /** Claimed network-wide in the current cycle (0 once a new cycle has begun). */
  usedThisCycle: bigint;
  /** What can still be claimed network-wide before the cycle ends. */
  remaining: bigint;
  /** Unix seconds at which the current cycle ends and the cap resets. */
  cycleEndsAt: bigint;
};

export function claimCapState(c: ClaimCapInput): ClaimCapState {
  const cycle = c.claimCycle > 0n ? c.nowUnixSeconds / c.claimCycle : 0n;
  const usedThisCycle = cycle > c.currentClaimCycle ? 0n : c.currentClaimTotal;
  return {
    usedThisCycle,
    remaining: nonNegative(c.claimThreshold - usedThisCycle),
    cycleEndsAt: (cycle + 1n) * c.claimCycle,
  };
}

/** True when claiming `amount` now would revert with ClaimThresholdExceeded. */
export function claimExceedsCap(amount: bigint, cap: ClaimCapState): boolean {
  return amount > cap.remaining;
}

export type DailyRewardPoint = { timestamp: number; lifetime_rewards: number | bigint };

/** Daily history to per-day earnings (difference of consecutive lifetime totals), oldest first. */
export function dailyEarnings(points: readonly DailyRewardPoint[]): { timestamp: number; lifetime: bigint; earned: bigint }[] {
  const sorted = [...points].sort((a, b) => a.timestamp - b.timestamp);
  return sorted.map((p, i) => {
    const lifetime = BigInt(p.lifetime_rewards);
    const prev = i > 0 ? BigInt(sorted[i - 1]!.lifetime_rewards) : lifetime;
    return { timestamp: p.timestamp, lifetime, earned: nonNegative(lifetime - prev) };
  });
}

export type ClaimPlan = {
  /** what the whole unclaimed balance is once the network's signed amount is on chain */
  claimable: bigint;
  /** the network signed more than the chain holds: updateRewardsBalance goes first */
  needsUpdate: boolean;
  /** the cycle's cap stops the full claim now */
  capped: boolean;
  /** what a claim can pay now: everything, or the cycle's remainder (claimRewards(amount)) */
  payableNow: bigint;
  /** unix seconds when the cap resets */
  capResetsAt: bigint;
};

/**
 * The one rule for what a claim pays (the page shows this, the claim flow sends this): the
 * network's signed lifetime amount (when newer than the chain's) minus what was claimed, capped by
 * what the cycle still allows network-wide.
 */
export function claimPlan(networkLifetimeAmount: bigint | null, recipient: { rewards: bigint; claimed: bigint }, cap: ClaimCapState): ClaimPlan {
  const signed = networkLifetimeAmount ?? recipient.rewards;
  const claimable = claimableAfterUpdate(signed, recipient);
  const capped = claimExceedsCap(claimable, cap);
  return {
    claimable,
    needsUpdate: signed > recipient.rewards,
    capped,
    payableNow: capped ? cap.remaining : claimable,
    capResetsAt: cap.cycleEndsAt,
  };
}

/** The registry's claim-cycle figures and the wallet's rewards record, as the chain snapshot reads them (null = not read). */
export type ClaimChainFacts = {
  registry: { claimThreshold: bigint | null; claimCycle: bigint | null; currentClaimTotal: bigint | null; currentClaimCycle: bigint | null; blockTimestamp: bigint | null };
  account: { rewards: bigint | null; claimed: bigint | null } | null;
};

export type ClaimView = { recipient: { rewards: bigint; claimed: bigint }; cap: ClaimCapState; plan: ClaimPlan };

/**
 * Everything a page shows about a claim, from one chain read and the network's signable amount:
 * the wallet's record, the cycle's cap and the plan. Null when the chain's figures are missing.
 */
export function claimView(chain: ClaimChainFacts, networkLifetimeAmount: bigint | null): ClaimView | null {
  const r = chain.registry;
  const a = chain.account;
  if (!a || a.rewards == null || a.claimed == null) return null;
  if (r.claimThreshold == null || r.claimCycle == null || r.currentClaimTotal == null || r.currentClaimCycle == null || r.blockTimestamp == null) return null;
  const recipient = { rewards: a.rewards, claimed: a.claimed };
  const cap = claimCapState({ claimThreshold: r.claimThreshold, claimCycle: r.claimCycle, currentClaimTotal: r.currentClaimTotal, currentClaimCycle: r.currentClaimCycle, nowUnixSeconds: r.blockTimestamp });
  return { recipient, cap, plan: claimPlan(networkLifetimeAmount, recipient, cap) };
}
