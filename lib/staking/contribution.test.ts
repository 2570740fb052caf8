import { describe, expect, it } from "vitest";
import {
  calcMinimumContribution,
  contributionRequirementFor,
  freeSlots,
  isSmallContributor,
  minimumContribution,
  minimumOperatorContribution,
  remainingStake,
  type ContributionSnapshot,
} from "./contribution";
import { ATOMIC_PER_SESH as SESH } from "./amounts";


describe("minimum contribution (spec §3.4)", () => {
  it("matches the contract's formula", () => {
    expect(calcMinimumContribution(25_000n * SESH, 0n, 10n)).toBe(6_250n * SESH);
    expect(calcMinimumContribution(10n, 1n, 4n)).toBe(4n); // ceil(10/3)
    expect(calcMinimumContribution(9n, 1n, 4n)).toBe(3n);
  });
  it("is null where the contract reverts", () => {
    expect(calcMinimumContribution(100n, 10n, 10n)).toBeNull();
    expect(calcMinimumContribution(0n, 1n, 10n)).toBeNull();
  });
  it("reproduces the spec's worked example: 120 SESH, reservations 30 + 20 -> 8.75 SESH", () => {
    const s: ContributionSnapshot = {
      stakingRequirement: 120n * SESH,
      maxContributors: 10n,
      contributions: [],
      reservations: [
        { address: "0xop", amount: 30n * SESH, received: false },
        { address: "0xb", amount: 20n * SESH, received: false },
      ],
    };
    expect(minimumContribution(s)).toBe(8_750_000_000n);
    expect(freeSlots(s)).toBe(8n);
  });
  it("operator minimum is a quarter, rounded up", () => {
    expect(minimumOperatorContribution(25_000n * SESH)).toBe(6_250n * SESH);
    expect(minimumOperatorContribution(121n)).toBe(31n);
  });
});

describe("what a wallet must contribute", () => {
  const s: ContributionSnapshot = {
    stakingRequirement: 25_000n * SESH,
    maxContributors: 10n,
    contributions: [{ address: "0xOP", amount: 10_000n * SESH }],
    reservations: [
      { address: "0xop", amount: 10_000n * SESH, received: true },
      { address: "0xRes", amount: 5_000n * SESH, received: false },
    ],
  };
  it("reserved address: its reservation", () => {
    expect(contributionRequirementFor(s, "0xres")).toEqual({ kind: "reserved", min: 5_000n * SESH, max: 15_000n * SESH });
  });
  it("existing contributor: a top-up without minimum", () => {
    expect(contributionRequirementFor(s, "0xop")).toEqual({ kind: "topUp", min: 0n, max: 10_000n * SESH });
  });
  it("newcomer: remaining / free slots", () => {
    // remaining for public 10,000 over 8 free slots = 1,250
    expect(contributionRequirementFor(s, "0xnew")).toEqual({ kind: "new", min: 1_250n * SESH, max: 10_000n * SESH });
    expect(remainingStake(s)).toBe(15_000n * SESH);
  });
  it("full node: closed", () => {
    const full = { ...s, contributions: [{ address: "0xop", amount: 25_000n * SESH }], reservations: [] };
    expect(contributionRequirementFor(full, "0xnew")).toEqual({ kind: "closed", reason: "The node is fully staked." });
  });
  it("small contributor: 4 × stake below the deposit", () => {
    expect(isSmallContributor(6_249n * SESH, 25_000n * SESH)).toBe(true);
    expect(isSmallContributor(6_250n * SESH, 25_000n * SESH)).toBe(false);
  });
});
