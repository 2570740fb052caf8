import { describe, expect, it } from "vitest";
import { newVestingBeneficiaryIssue, vestingBlocker, vestingFigures, vestingMismatch, vestingPhase, vestingRewardsAddressIssue, type VestingFacts } from "./vesting";
import { ATOMIC_PER_SESH } from "./amounts";

const C = { token: "0x10Ea9E5303670331Bdddfa66A4cEa47dae4fcF3b", rewards: "0xC2B9fC251aC068763EbDfdecc792E3352E351c00", factory: "0x36Ee2Da54a7E727cC996A441826BBEdda6336B71" };
const ME = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const V: VestingFacts = {
  address: "0x5eeD5eED5EeD5Eed5eED5eED5EEd5eEd5EED5EED",
  beneficiary: ME.toLowerCase(),
  revoker: "0x0000000000000000000000000000000000000000",
  transferableBeneficiary: true,
  start: 1_000n,
  end: 2_000n,
  revoked: false,
  sesh: C.token,
  rewardsContract: C.rewards,
  snContribFactory: C.factory,
  balance: 5n,
};

describe("acting as a vesting contract (spec Appendix C)", () => {
  it("is offered only when the chain says this wallet is its beneficiary and it stakes in the configured contracts", () => {
    expect(vestingMismatch(V, ME, C)).toBeNull();
    expect(vestingMismatch({ ...V, beneficiary: C.rewards }, ME, C)).toBe("This wallet is not the vesting contract's beneficiary on chain.");
    expect(vestingMismatch({ ...V, sesh: C.rewards }, ME, C)).toMatch(/another token/);
    expect(vestingMismatch({ ...V, rewardsContract: C.token }, ME, C)).toMatch(/another rewards contract/);
    expect(vestingMismatch({ ...V, snContribFactory: C.token }, ME, C)).toMatch(/another contribution factory/);
  });
  it("its phase decides what it allows: nothing before start or once revoked, release only after end", () => {
    expect(vestingPhase(V, 999)).toEqual({ kind: "notStarted", startsAt: 1_000 });
    expect(vestingPhase(V, 1_000)).toEqual({ kind: "locked", unlocksAt: 2_000 });
    expect(vestingPhase(V, 2_000)).toEqual({ kind: "unlocked" });
    expect(vestingPhase({ ...V, revoked: true }, 1_500)).toEqual({ kind: "revoked" });
    expect(vestingBlocker({ kind: "notStarted", startsAt: 1_000 }, (s) => `day ${s}`)).toBe("This vesting contract starts on day 1000: nothing can be staked through it before then.");
    expect(vestingBlocker({ kind: "revoked" }, String)).toMatch(/^This vesting contract was revoked/);
    expect(vestingBlocker({ kind: "locked", unlocksAt: 2 }, String)).toBeNull();
  });
  it("a new beneficiary: a valid address, not the current one, not the contract, and only where allowed", () => {
    const ok = (t: string) => /^0x[0-9a-fA-F]{40}$/.test(t);
    expect(newVestingBeneficiaryIssue(" 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC ", V, ok)).toBeNull();
    expect(newVestingBeneficiaryIssue(ME, V, ok)).toBe("That is already the beneficiary.");
    expect(newVestingBeneficiaryIssue(V.address, V, ok)).toBe("The vesting contract cannot be its own beneficiary.");
    expect(newVestingBeneficiaryIssue("", V, ok)).toBe("Enter the address of the new beneficiary.");
    expect(newVestingBeneficiaryIssue(ME, { ...V, transferableBeneficiary: false }, ok)).toBe("This vesting contract's beneficiary cannot be changed.");
  });
});

describe("the vesting overview's figures (spec Appendix C.2)", () => {
  const SESH = ATOMIC_PER_SESH;
  const fmt = (a: bigint) => (a / SESH).toString();
  const record = { locked_stakes: 25_000n * SESH, lifetime_unlocked_stakes: 0n, lifetime_liquidated_stakes: 0n, claimed_stakes: 0n, lifetime_rewards: 7n * SESH, claimed_rewards: 2n * SESH };
  it("says what is staked, held and owed, and the time to unlock", () => {
    const f = vestingFigures({ ...V, balance: 100n * SESH }, { initialAmount: 150n * SESH, rewards: record, nowUnixSeconds: 1_500 }, fmt);
    expect(f).toMatchObject({ initialAmount: 150n * SESH, staked: 25_000n * SESH, unstaked: 100n * SESH, unclaimed: 5n * SESH, unlocksInSeconds: 500, canRelease: false, phase: { kind: "locked" } });
    expect(vestingFigures(V, { initialAmount: 1n, rewards: null, nowUnixSeconds: 1_500 }, fmt)).toMatchObject({ staked: null, unclaimed: null });
  });
  it("allows a release after the end only, warning when staked or unclaimed SESH stays behind", () => {
    const after = vestingFigures({ ...V, balance: 100n * SESH }, { initialAmount: 150n * SESH, rewards: record, nowUnixSeconds: 2_000 }, fmt);
    expect(after.canRelease).toBe(true);
    expect(after.unlocksInSeconds).toBe(0);
    expect(after.releaseWarning).toBe("25000 SESH is still staked in nodes, and 5 SESH of rewards and returned stakes is not claimed yet: withdrawing now takes only the 100 SESH the contract holds. Exit the nodes and claim first, then withdraw again for the rest.");
    const clean = { ...record, locked_stakes: 0n, claimed_rewards: 7n * SESH };
    expect(vestingFigures({ ...V, balance: 100n * SESH }, { initialAmount: 150n * SESH, rewards: clean, nowUnixSeconds: 2_000 }, fmt).releaseWarning).toBeNull();
    expect(vestingFigures({ ...V, balance: 0n }, { initialAmount: 1n, rewards: clean, nowUnixSeconds: 2_000 }, fmt).canRelease).toBe(false);
    expect(vestingFigures({ ...V, revoked: true, balance: 5n }, { initialAmount: 1n, rewards: clean, nowUnixSeconds: 2_000 }, fmt).canRelease).toBe(false);
  });
  it("requires a wallet as a vesting node's rewards address: not empty, not a vesting contract, not a staking contract", () => {
    const rules = { isAddress: (t: string) => /^0x[0-9a-fA-F]{40}$/.test(t), forbidden: [C.rewards] };
    expect(vestingRewardsAddressIssue("", rules, [V.address])).toMatch(/needs one/);
    expect(vestingRewardsAddressIssue(V.address.toLowerCase(), rules, [V.address])).toBe("That is a vesting contract: a node's rewards must go to a wallet.");
    expect(vestingRewardsAddressIssue(C.rewards, rules, [V.address])).toMatch(/Session staking contract/);
    expect(vestingRewardsAddressIssue(ME, rules, [V.address])).toBeNull();
  });
});
