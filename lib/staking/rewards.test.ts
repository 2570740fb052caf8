import { describe, expect, it } from "vitest";
import { claimableAfterUpdate, claimableFromBackend, claimableOnChain, claimCapState, claimExceedsCap, claimPlan, dailyEarnings, claimView } from "./rewards";
import { estimatedYearlyEarnings, estimatedYearlyRateBasisPoints, poolPayout, rewardsPerDay } from "./yearly-rate";
import { dailyRewardsCsv } from "./csv";
import { ATOMIC_PER_SESH as SESH } from "./amounts";


describe("claimable amounts", () => {
  it("backend: unlocked − liquidated − claimed stakes plus unclaimed rewards", () => {
    const r = { amount: 0n, lifetime_liquidated_stakes: 50n * SESH, lifetime_rewards: 300n * SESH, lifetime_unlocked_stakes: 1_000n * SESH, claimed_stakes: 200n * SESH, claimed_rewards: 100n * SESH };
    expect(claimableFromBackend(r)).toEqual({ stakes: 750n * SESH, rewards: 200n * SESH, total: 950n * SESH });
  });
  it("chain: lifetime authorised minus claimed, and after a newer signed total", () => {
    expect(claimableOnChain({ rewards: 10n, claimed: 4n })).toBe(6n);
    expect(claimableOnChain({ rewards: 4n, claimed: 4n })).toBe(0n);
    expect(claimableAfterUpdate(15n, { rewards: 10n, claimed: 4n })).toBe(11n);
    expect(claimableAfterUpdate(8n, { rewards: 10n, claimed: 4n })).toBe(6n);
  });
});

describe("claim cycle cap (spec §2.9)", () => {
  const base = { claimThreshold: 1_000_000n * SESH, claimCycle: 43_200n, currentClaimTotal: 900_000n * SESH, currentClaimCycle: 100n };
  it("counts this cycle's claims and ends the period at the next multiple of the cycle", () => {
    const s = claimCapState({ ...base, nowUnixSeconds: 100n * 43_200n + 5n });
    expect(s).toEqual({ usedThisCycle: 900_000n * SESH, remaining: 100_000n * SESH, cycleEndsAt: 101n * 43_200n });
    expect(claimExceedsCap(100_001n * SESH, s)).toBe(true);
    expect(claimExceedsCap(100_000n * SESH, s)).toBe(false);
  });
  it("resets once a new cycle has begun", () => {
    expect(claimCapState({ ...base, nowUnixSeconds: 101n * 43_200n }).remaining).toBe(1_000_000n * SESH);
  });
});

describe("what a claim pays", () => {
  const cap = (remaining: bigint) => ({ usedThisCycle: 1_000_000n * SESH - remaining, remaining, cycleEndsAt: 4_320_000n });
  it("updates first when the network signed more, then pays signed − claimed", () => {
    expect(claimPlan(15n * SESH, { rewards: 10n * SESH, claimed: 4n * SESH }, cap(1_000n * SESH))).toEqual({ claimable: 11n * SESH, needsUpdate: true, capped: false, payableNow: 11n * SESH, capResetsAt: 4_320_000n });
  });
  it("claims directly when the chain already holds the newest balance (or the network is unreachable)", () => {
    expect(claimPlan(10n * SESH, { rewards: 10n * SESH, claimed: 4n * SESH }, cap(1_000n * SESH))).toMatchObject({ needsUpdate: false, payableNow: 6n * SESH });
    expect(claimPlan(null, { rewards: 10n * SESH, claimed: 4n * SESH }, cap(1_000n * SESH))).toMatchObject({ needsUpdate: false, payableNow: 6n * SESH });
  });
  it("offers the cycle's remainder when the cap stops the full claim", () => {
    expect(claimPlan(500_000n * SESH, { rewards: 0n, claimed: 0n }, cap(123_456_789n))).toMatchObject({ claimable: 500_000n * SESH, capped: true, payableNow: 123_456_789n });
  });
});

describe("reward rate (spec §4)", () => {
  it("per day is 720 blocks of the pool's rate", () => {
    expect(rewardsPerDay(23n * SESH)).toBe(16_560n * SESH);
  });
  it("pool formula: 40M SESH gives ~22.98 SESH per 120 s block", () => {
    expect(poolPayout(40_000_000n * SESH, 120n)).toBe(22_983_257_229n);
  });
  it("yearly estimate shares a year of rewards over the total staked", () => {
    // 22.98 SESH/block × 720 × 365 ≈ 6.04M SESH a year on 100 nodes × 25,000 SESH = 241.6 %
    expect(estimatedYearlyRateBasisPoints(22_984_779_299n, 2_500_000n * SESH)).toBe(24_161);
    expect(estimatedYearlyRateBasisPoints(1n, 0n)).toBeNull();
  });
});

describe("daily rewards history", () => {
  it("turns lifetime totals into per-day earnings and exact CSV", () => {
    const days = dailyEarnings([
      { timestamp: 1_700_086_400, lifetime_rewards: 3_500_000_000 },
      { timestamp: 1_700_000_000, lifetime_rewards: 1_000_000_000 },
    ]);
    expect(days.map((d) => d.earned)).toEqual([0n, 2_500_000_000n]);
    expect(dailyRewardsCsv(days)).toBe("date_utc,block_timestamp,earned_sesh,lifetime_rewards_sesh\n2023-11-14,1700000000,0,1\n2023-11-15,1700086400,2.5,3.5\n");
  });
});

describe("claimView: the figures every claim UI shows, from one chain read", () => {
  const registry = { claimThreshold: 100n * SESH, claimCycle: 86_400n, currentClaimTotal: 30n * SESH, currentClaimCycle: 19_000n, blockTimestamp: 19_000n * 86_400n + 5n };
  it("is null while any chain figure is missing", () => {
    expect(claimView({ registry, account: null }, null)).toBeNull();
    expect(claimView({ registry: { ...registry, claimCycle: null }, account: { rewards: 1n, claimed: 0n } }, null)).toBeNull();
  });
  it("caps a claim by what the cycle still allows, after the network's newer signed amount", () => {
    const v = claimView({ registry, account: { rewards: 50n * SESH, claimed: 10n * SESH } }, 90n * SESH);
    // 90 signed − 10 claimed = 80 > 100 − 30 = 70 left this cycle
    expect(v?.plan).toMatchObject({ claimable: 80n * SESH, needsUpdate: true, capped: true, payableNow: 70n * SESH });
    expect(v?.cap.remaining).toBe(70n * SESH);
  });
});

describe("a contributor's yearly earnings, estimated (spec §2.9, §4)", () => {
  it("a year of the pool's payout shared by stake, after the operator's fee", () => {
    // 23 SESH a block, 720 blocks a day, 365 days, over 100,000,000 SESH staked: 6.0444 % a year before the fee
    const input = { amount: 5_000n * SESH, rewardRatePerBlock: 23n * SESH, totalStaked: 100_000_000n * SESH, feeBasisPoints: 1_000 };
    const yearly = (23n * SESH * 720n * 365n * 5_000n * SESH) / (100_000_000n * SESH);
    expect(estimatedYearlyEarnings(input)).toBe((yearly * 9_000n) / 10_000n);
    expect(estimatedYearlyEarnings({ ...input, feeBasisPoints: 10_000 })).toBe(0n);
    expect(estimatedYearlyEarnings({ ...input, totalStaked: 0n })).toBeNull();
    expect(estimatedYearlyEarnings({ ...input, amount: 0n })).toBe(0n);
  });
});
