import { describe, expect, it } from "vitest";
import type { Address } from "viem";
import { poolRewardPerBlock, splitNodeReward } from "./rewards";
import { parseDuration, sessionBlockTime, sessionHeightAt } from "./clock";
import { ATOMIC_PER_SESH } from "@/lib/staking/amounts";

const A = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" as Address;
const B = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC" as Address;

describe("reward arithmetic", () => {
  it("releases what RewardRatePool.rewardRate() would per 120 s block: ≈ 22.98 SESH on 40 M SESH", () => {
    const perBlock = poolRewardPerBlock(40_000_000n * ATOMIC_PER_SESH);
    // 40e15 × 151 × 120 / (1000 × 31 536 000), floored
    expect(perBlock).toBe(22_983_257_229n);
  });

  it("pays the operator fee first, then splits the rest by stake", () => {
    const shares = splitNodeReward(1_000n, 1_000, [
      { beneficiary: A, amount: 12_500n },
      { beneficiary: B, amount: 12_500n },
    ]);
    expect(shares).toEqual([
      { beneficiary: A, amount: 550n }, // 100 fee + 450
      { beneficiary: B, amount: 450n },
    ]);
  });

  it("gives a solo operator everything and never pays more than the reward", () => {
    expect(splitNodeReward(999n, 0, [{ beneficiary: A, amount: 25n }])).toEqual([{ beneficiary: A, amount: 999n }]);
    const shares = splitNodeReward(1_000n, 333, [
      { beneficiary: A, amount: 1n },
      { beneficiary: B, amount: 2n },
    ]);
    expect(shares.reduce((s, x) => s + x.amount, 0n)).toBeLessThanOrEqual(1_000n);
  });
});

describe("Session clock", () => {
  it("makes one block per 120 s of chain time", () => {
    const h = sessionHeightAt(1_795_000_000);
    expect(sessionHeightAt(1_795_000_000 + 120)).toBe(h + 1);
    expect(sessionHeightAt(1_795_000_000 + 30 * 86_400)).toBe(h + 21_600);
    expect(sessionBlockTime(h)).toBeLessThanOrEqual(1_795_000_000);
  });

  it("parses the durations devnet:advance accepts and rejects the rest with a sentence", () => {
    expect(parseDuration("30d")).toBe(2_592_000);
    expect(parseDuration("12h")).toBe(43_200);
    expect(parseDuration("90m")).toBe(5_400);
    expect(parseDuration("3600")).toBe(3_600);
    expect(() => parseDuration("soon")).toThrow(/not a duration/);
    expect(() => parseDuration("0d")).toThrow(/positive/);
  });
});
