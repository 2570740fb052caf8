import { describe, expect, it } from "vitest";
import { amountBounds, contributeBlocker, contributionAllowance, contributionNotice, validateContribution, type ContributeContext, type ContributionContractLike } from "./contribute-form";
import { ATOMIC_PER_SESH as SESH } from "./amounts";

const OP = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const ME = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const RES = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";
const REWARDS = "0x0165878A594ca255338adfa4d48449f69242Eb8F";

/** 25,000 required, the operator's 6,250 in, one 5,000 reservation outstanding: 13,750 public room, 8 free slots. */
const open: ContributionContractLike = {
  address: "0x80E2E2367C5E9D070Ae2d6d50bF0cdF6360a7151",
  status: "open" as const,
  operator: OP,
  stakingRequirement: 25_000n * SESH,
  maxContributors: 10n,
  contributions: [{ address: OP, amount: 6_250n * SESH }],
  reservations: [
    { address: OP, amount: 6_250n * SESH, received: true },
    { address: RES, amount: 5_000n * SESH, received: false },
  ],
};

const ctx = (over: Partial<ContributeContext> = {}, wallet = ME, c = open): ContributeContext => ({
  allowance: contributionAllowance(c, wallet),
  balance: 100_000n * SESH,
  ethBalance: 10n ** 18n,
  forbidden: [REWARDS, c.address],
  isAddress: (t) => t === t.toLowerCase() || t === ME || t === OP || t === RES,
  ...over,
});

const amountError = (text: string, c = ctx()) => {
  const r = validateContribution({ amount: text, beneficiary: "" }, c);
  return r.ok ? null : (r.issues.amount ?? null);
};

describe("what a wallet may contribute", () => {
  it("a newcomer: at least the minimum (13,750 / 8 slots), at most the public room", () => {
    expect(contributionAllowance(open, ME)).toEqual({ kind: "new", min: 1_718_750_000_000n, max: 13_750n * SESH });
  });
  it("a reserved address: its reservation, up to the room plus its slot", () => {
    expect(contributionAllowance(open, RES)).toEqual({ kind: "reserved", min: 5_000n * SESH, max: 18_750n * SESH });
    expect(amountBounds(ctx({}, RES))).toEqual({ min: 5_000n * SESH, max: 5_000n * SESH });
  });
  it("status decides first: closed when full, registered, or not yet opened by the operator", () => {
    expect(contributionAllowance({ ...open, status: "awaitingActivation" as const }, ME)).toMatchObject({ kind: "closed", reason: expect.stringContaining("fully staked") });
    expect(contributionAllowance({ ...open, status: "finalized" as const }, ME)).toMatchObject({ kind: "closed", reason: expect.stringContaining("registered") });
    expect(contributionAllowance({ ...open, status: "awaitingOperator" as const }, ME)).toMatchObject({ kind: "closed", reason: expect.stringContaining("not opened") });
    expect(contributionAllowance({ ...open, status: "awaitingOperator" as const, contributions: [], reservations: [] }, OP)).toEqual({ kind: "new", min: 6_250n * SESH, max: 25_000n * SESH });
  });
  it("no slot left: closed with the reason", () => {
    const full = { ...open, maxContributors: 2n };
    expect(contributionAllowance(full, ME)).toEqual({ kind: "closed", reason: "No contributor slot is left." });
  });
  it("Max is the smaller of the balance and the room", () => {
    expect(amountBounds(ctx({ balance: 2_000n * SESH }))).toEqual({ min: 1_718_750_000_000n, max: 2_000n * SESH });
    expect(amountBounds(ctx())).toEqual({ min: 1_718_750_000_000n, max: 13_750n * SESH });
  });
  it("blockers the button names before any input", () => {
    expect(contributeBlocker(ctx({ ethBalance: 0n }))).toContain("no ETH");
    expect(contributeBlocker(ctx({ balance: 0n }))).toContain("no SESH");
    expect(contributeBlocker(ctx({}, ME, { ...open, status: "awaitingActivation" as const }))).toContain("fully staked");
    expect(contributeBlocker(ctx())).toBeNull();
  });
});

describe("inline messages for the amount", () => {
  it.each([
    ["", "Enter an amount."],
    ["   ", "Enter an amount."],
    ["0", "Enter an amount above 0."],
    ["0.000000000", "Enter an amount above 0."],
    ["-5", "The amount cannot be negative."],
    ["abc", "Enter a number, like 1250 or 1250.5."],
    ["12..5", "Enter a number, like 1250 or 1250.5."],
    ["0x10", "Enter a number, like 1250 or 1250.5."],
    ["1e3", "Write the amount in full: exponents such as 1e3 are not accepted."],
    ["2.5E4", "Write the amount in full: exponents such as 1e3 are not accepted."],
    ["2000.0000000001", "SESH has at most 9 decimals."],
    ["1000", "The minimum contribution to this node is 1,718.75 SESH."],
    ["13750.000000001", "Only 13,750 SESH is left to stake in this node."],
  ])("%j -> %s", (text, message) => {
    expect(amountError(text)).toBe(message);
  });
  it("above the balance", () => {
    expect(amountError("2000", ctx({ balance: 1_999n * SESH }))).toBe("Your wallet holds 1,999 SESH, less than that.");
  });
  it("below the reserved amount", () => {
    expect(amountError("4999.999999999", ctx({}, RES))).toBe("A slot of 5,000 SESH is reserved for you: contribute at least that.");
  });
  it("accepts the bounds exactly, with separators", () => {
    expect(validateContribution({ amount: "1,718.75", beneficiary: "" }, ctx())).toEqual({ ok: true, amount: 1_718_750_000_000n, beneficiary: null });
    expect(validateContribution({ amount: "13750", beneficiary: "" }, ctx())).toMatchObject({ ok: true, amount: 13_750n * SESH });
  });
});

describe("the rewards address", () => {
  const benError = (b: string) => {
    const r = validateContribution({ amount: "2000", beneficiary: b }, ctx());
    return r.ok ? null : (r.issues.beneficiary ?? null);
  };
  it.each([
    ["0x123", "Enter a wallet address: 0x followed by 40 hex characters."],
    ["3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", "Enter a wallet address: 0x followed by 40 hex characters."],
    ["0x3C44CdDdB6a900fa2b585dd299e03d12FA4293Bc", "This address has a typo: its capital letters do not match its checksum."],
    ["0x0000000000000000000000000000000000000000", "The zero address cannot receive rewards."],
    [REWARDS.toLowerCase(), "That is a Session staking contract: rewards sent there would be lost. Enter your own wallet."],
    [open.address.toLowerCase(), "That is a Session staking contract: rewards sent there would be lost. Enter your own wallet."],
  ])("%s -> %s", (b, message) => expect(benError(b)).toBe(message));
  it("empty means the staker itself", () => {
    expect(validateContribution({ amount: "2000", beneficiary: "  " }, ctx())).toMatchObject({ ok: true, beneficiary: null });
    expect(validateContribution({ amount: "2000", beneficiary: OP }, ctx())).toMatchObject({ ok: true, beneficiary: OP });
  });
});

describe("both fields at once, and the notice", () => {
  it("reports every field's message together", () => {
    expect(validateContribution({ amount: "1e3", beneficiary: "0x1" }, ctx())).toEqual({
      ok: false,
      issues: { amount: "Write the amount in full: exponents such as 1e3 are not accepted.", beneficiary: "Enter a wallet address: 0x followed by 40 hex characters." },
    });
  });
  it("says the lock, the small-contributor threshold and whether this is a top-up", () => {
    expect(contributionNotice(open, ME, 2_000n * SESH)).toEqual({ lockHours: 24, smallBelow: 6_250n * SESH, isTopUp: false, smallAfterThis: true });
    expect(contributionNotice(open, OP, 1n)).toMatchObject({ isTopUp: true, smallAfterThis: false });
  });
});
