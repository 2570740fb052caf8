import { describe, expect, it } from "vitest";
import { seshToAtomic } from "./amounts";
import { describeDelay, exitGraceSeconds, exitOptions, exitRules, liquidationSplit, minimumExitAgeSeconds, penaltyShare, signatureExpiresAt, SPEC_EXIT_RULES, type ExitAction, type ExitInput, type ExitNodeRecord } from "./exit";
import { formatUtc } from "./timing";
import { ATOMIC_PER_SESH as SESH } from "./amounts";

const DAY = 86_400;
const ME = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const OPERATOR = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const ADDED = 1_750_000_000;

const node = (over: Partial<ExitNodeRecord> = {}): ExitNodeRecord => ({
  id: 12n,
  registered: true,
  deposit: 25_000n * SESH,
  addedTimestamp: BigInt(ADDED),
  leaveRequestTimestamp: 0n,
  latestLeaveRequestTimestamp: 0n,
  contributors: [
    { address: OPERATOR, amount: 12_500n * SESH },
    { address: ME, amount: 12_500n * SESH },
  ],
  ...over,
});

const devnetRules = exitRules(null, "devnet");
const mainnetRules = exitRules(null, "mainnet");

function input(over: Partial<ExitInput> = {}): ExitInput {
  return { node: node(), wallet: ME.toLowerCase(), state: "Running", nowSeconds: ADDED + 3 * DAY, paused: false, rules: devnetRules, ...over };
}

function actions(i: ExitInput): ExitAction[] {
  const o = exitOptions(i);
  if (o.kind !== "contributor") throw new Error(`no actions: ${o.reason}`);
  return o.actions;
}
const kinds = (i: ExitInput) => actions(i).map((a) => a.kind);
const find = (i: ExitInput, kind: ExitAction["kind"]) => actions(i).find((a) => a.kind === kind);

describe("exit rules from the chain and the spec", () => {
  it("uses the chain's values, the spec's where a getter did not answer", () => {
    expect(exitRules(null, "testnet")).toEqual({ ...SPEC_EXIT_RULES, minimumExitAgeSeconds: 7_200 });
    const r = exitRules({ maxExitWaitTime: 100n, minTimeBeforeRepeatedLeaveRequest: null, smallContributorLeaveDelay: 50n, smallContributorDivisor: 5n, signatureExpiry: 300n }, "devnet");
    expect(r).toEqual({ maxExitWaitSeconds: 100, repeatedRequestDelaySeconds: 3_600, smallContributorLeaveDelaySeconds: 50, smallContributorDivisor: 5n, signatureExpirySeconds: 300, minimumExitAgeSeconds: 0 });
  });
  it("minimum exit age: 2 h on Session's contracts, 0 on the devnet's LocalDevnetServiceNodeRewards", () => {
    expect(minimumExitAgeSeconds("mainnet")).toBe(7_200);
    expect(minimumExitAgeSeconds("testnet")).toBe(7_200);
    expect(minimumExitAgeSeconds("devnet")).toBe(0);
  });
  it("grace before liquidation: 7 days on mainnet, 2 hours on the testnet and devnet", () => {
    expect(exitGraceSeconds("mainnet")).toBe(7 * DAY);
    expect(exitGraceSeconds("testnet")).toBe(7_200);
    expect(exitGraceSeconds("devnet")).toBe(7_200);
  });
  it("words delays for sentences", () => {
    expect(describeDelay(30 * DAY)).toBe("30 days");
    expect(describeDelay(DAY)).toBe("1 day");
    expect(describeDelay(3_600)).toBe("1 hour");
    expect(describeDelay(7_200)).toBe("2 hours");
    expect(describeDelay(600)).toBe("10 minutes");
    expect(describeDelay(0)).toBe("now");
  });
  it("a signature expires signatureExpiry after its timestamp", () => {
    expect(signatureExpiresAt(1_000, devnetRules)).toBe(1_600);
  });
});

describe("who is offered anything", () => {
  it("only a contributor's staking wallet (not a beneficiary, not a stranger)", () => {
    expect(exitOptions(input({ wallet: "0x90F79bf6EB2c4f870365E785982E1f101E93b906" }))).toMatchObject({ kind: "none", why: "notContributor" });
    expect(exitOptions(input())).toMatchObject({ kind: "contributor", ownStake: 12_500n * SESH, small: false });
  });
  it("nothing for a node that left the registry or is decommissioned", () => {
    expect(exitOptions(input({ node: node({ registered: false }) }))).toMatchObject({ kind: "none", why: "exited" });
    // the contract zeroes a removed node's record, contributors included
    expect(exitOptions(input({ node: node({ registered: false, contributors: [], deposit: 0n }) }))).toMatchObject({ kind: "none", why: "exited" });
    expect(exitOptions(input({ state: "Exited" }))).toMatchObject({ kind: "none", why: "exited" });
    expect(exitOptions(input({ state: "Decommissioned" }))).toMatchObject({ kind: "none", why: "decommissioned" });
  });
  it("no request before the network reports the node running", () => {
    expect(exitOptions(input({ state: "Unknown" }))).toMatchObject({ kind: "none", why: "notReported" });
  });
});

describe("requesting the exit", () => {
  it("a contributor of 25 % or more may request at once", () => {
    const quarter = node({ contributors: [{ address: OPERATOR, amount: 18_750n * SESH }, { address: ME, amount: 6_250n * SESH }] });
    expect(find(input({ node: quarter, nowSeconds: ADDED + 60 }), "request")).toMatchObject({ enabled: true, blockedReason: null });
    expect(kinds(input())).toEqual(["request"]);
  });
  it("a small contributor (under 25 %) waits 30 days after the node registered, with the date and countdown", () => {
    const small = node({ contributors: [{ address: OPERATOR, amount: 20_000n * SESH }, { address: ME, amount: 6_249_999_999_999n }] });
    const early = find(input({ node: small, nowSeconds: ADDED + 10 * DAY }), "request")!;
    expect(early.enabled).toBe(false);
    expect(early.availableAt).toBe(ADDED + 30 * DAY);
    expect(early.blockedReason).toBe(`Your stake is under 25 % of this node, so you can first request its exit 30 days after it registered: from ${formatUtc(ADDED + 30 * DAY)} (in 20d 0h).`);
    expect(find(input({ node: small, nowSeconds: ADDED + 30 * DAY - 1 }), "request")!.enabled).toBe(false);
    expect(find(input({ node: small, nowSeconds: ADDED + 30 * DAY }), "request")!.enabled).toBe(true);
    expect(exitOptions(input({ node: small }))).toMatchObject({ small: true });
  });
  it("the contract's first entry for the wallet decides whether it is small", () => {
    const twice = node({ contributors: [{ address: OPERATOR, amount: 20_000n * SESH }, { address: ME, amount: 1_000n * SESH }, { address: ME, amount: 4_000n * SESH }] });
    expect(find(input({ node: twice }), "request")!.enabled).toBe(false);
  });
  it("a paused contract: disabled with its sentence", () => {
    expect(find(input({ paused: true }), "request")).toMatchObject({ enabled: false, blockedReason: expect.stringContaining("paused") });
  });
});

describe("a repeated request", () => {
  const requestedAt = ADDED + 5 * DAY;
  const requested = node({ leaveRequestTimestamp: BigInt(requestedAt), latestLeaveRequestTimestamp: BigInt(requestedAt) });
  it("is refused for an hour after the latest request, with the date; then offered", () => {
    const soon = find(input({ node: requested, state: "Exit requested", nowSeconds: requestedAt + 600 }), "requestAgain")!;
    expect(soon).toMatchObject({ enabled: false, availableAt: requestedAt + 3_600 });
    expect(soon.blockedReason).toBe(`An exit was requested at ${formatUtc(requestedAt)}; it can be requested again 1 hour after the last request: from ${formatUtc(requestedAt + 3_600)} (in 50m).`);
    expect(find(input({ node: requested, state: "Exit requested", nowSeconds: requestedAt + 3_600 }), "requestAgain")!.enabled).toBe(true);
    expect(kinds(input({ node: requested, state: "Exit requested", nowSeconds: requestedAt + 600 }))).toEqual(["requestAgain", "exitAfterWait"]);
  });
  it("counts from the latest request, and has no small-contributor wait", () => {
    const small = node({ ...requested, latestLeaveRequestTimestamp: BigInt(requestedAt + 7_200), contributors: [{ address: OPERATOR, amount: 24_000n * SESH }, { address: ME, amount: 1_000n * SESH }] });
    expect(find(input({ node: small, state: "Exit requested", nowSeconds: requestedAt + 7_200 + 3_599 }), "requestAgain")!.enabled).toBe(false);
    expect(find(input({ node: small, state: "Exit requested", nowSeconds: requestedAt + 7_200 + 3_600 }), "requestAgain")!.enabled).toBe(true);
  });
  it("is not offered once the network unlocked the exit", () => {
    expect(kinds(input({ node: requested, state: "Ready to exit", nowSeconds: requestedAt + 2 * DAY }))).toEqual(["exitWithSignature"]);
  });
});

describe("the signed exit", () => {
  const requestedAt = ADDED + 5 * DAY;
  const requested = node({ leaveRequestTimestamp: BigInt(requestedAt), latestLeaveRequestTimestamp: BigInt(requestedAt) });
  it("is offered once the node is Ready to exit or Deregistered", () => {
    expect(find(input({ node: requested, state: "Ready to exit", nowSeconds: requestedAt + DAY + 60 }), "exitWithSignature")).toMatchObject({ enabled: true });
    expect(kinds(input({ state: "Deregistered" }))).toEqual(["exitWithSignature"]);
    expect(find(input({ node: requested, state: "Exit requested" }), "exitWithSignature")).toBeUndefined();
  });
  it("waits for the minimum exit age after registration (2 h on Session's contracts; 0 on the devnet)", () => {
    const young = input({ state: "Deregistered", rules: mainnetRules, nowSeconds: ADDED + 3_000 });
    expect(find(young, "exitWithSignature")).toMatchObject({ enabled: false, availableAt: ADDED + 7_200, blockedReason: `A node can exit 2 hours after it registered: from ${formatUtc(ADDED + 7_200)} (in 1h 10m).` });
    expect(find({ ...young, nowSeconds: ADDED + 7_200 }, "exitWithSignature")!.enabled).toBe(true);
    expect(find({ ...young, rules: devnetRules }, "exitWithSignature")!.enabled).toBe(true);
  });
  it("a paused contract: disabled with its sentence", () => {
    expect(find(input({ state: "Deregistered", paused: true }), "exitWithSignature")).toMatchObject({ enabled: false, blockedReason: expect.stringContaining("paused") });
  });
});

describe("the exit without a signature after 30 days", () => {
  const requestedAt = ADDED + 5 * DAY;
  const requested = node({ leaveRequestTimestamp: BigInt(requestedAt), latestLeaveRequestTimestamp: BigInt(requestedAt + 7_200) });
  it("shows its date while the network has not unlocked the exit, and is offered 30 days after the FIRST request", () => {
    const waiting = find(input({ node: requested, state: "Exit requested", nowSeconds: requestedAt + DAY }), "exitAfterWait")!;
    expect(waiting).toMatchObject({ enabled: false, availableAt: requestedAt + 30 * DAY });
    expect(waiting.blockedReason).toContain(`30 days after the first request: from ${formatUtc(requestedAt + 30 * DAY)} (in 29d 0h)`);
    expect(find(input({ node: requested, state: "Exit requested", nowSeconds: requestedAt + 30 * DAY - 1 }), "exitAfterWait")!.enabled).toBe(false);
    expect(find(input({ node: requested, state: "Exit requested", nowSeconds: requestedAt + 30 * DAY }), "exitAfterWait")!.enabled).toBe(true);
  });
  it("beside a signed exit only once its date has come", () => {
    expect(kinds(input({ node: requested, state: "Ready to exit", nowSeconds: requestedAt + 2 * DAY }))).toEqual(["exitWithSignature"]);
    expect(kinds(input({ node: requested, state: "Ready to exit", nowSeconds: requestedAt + 31 * DAY }))).toEqual(["exitWithSignature", "exitAfterWait"]);
  });
  it("needs a request on chain", () => {
    expect(kinds(input())).not.toContain("exitAfterWait");
  });
});

describe("liquidation penalty (spec §2.9)", () => {
  const ratios = { liquidator: 3n, pool: 17n, recipient: 9_980n };
  it("the spec's worked examples: 25,000 SESH -> 7.5 and 42.5 SESH; 120 SESH -> 0.036 and 0.204 SESH", () => {
    expect(liquidationSplit(25_000n * SESH, ratios)).toEqual({ liquidatorAmount: seshToAtomic("7.5"), poolAmount: seshToAtomic("42.5"), penalty: 50n * SESH, returnedAmount: seshToAtomic("24950") });
    expect(liquidationSplit(120n * SESH, ratios)).toMatchObject({ liquidatorAmount: seshToAtomic("0.036"), poolAmount: seshToAtomic("0.204") });
  });
  it("rounds the liquidator's share down and the pool's up", () => {
    // 1001 atomic: 1001*3/10000 = 0.3003 -> 0; 1001*17/10000 = 1.7017 -> 2
    expect(liquidationSplit(1_001n, ratios)).toEqual({ liquidatorAmount: 0n, poolAmount: 2n, penalty: 2n, returnedAmount: 999n });
    expect(liquidationSplit(1_000n, { liquidator: 1n, pool: 0n, recipient: 3n })).toEqual({ liquidatorAmount: 250n, poolAmount: 0n, penalty: 250n, returnedAmount: 750n });
  });
  it("a contributor's share of the penalty is in proportion to its stake", () => {
    expect(penaltyShare(50n * SESH, 12_500n * SESH, 25_000n * SESH)).toBe(25n * SESH);
    expect(penaltyShare(50n * SESH, 0n, 0n)).toBe(0n);
  });
});
