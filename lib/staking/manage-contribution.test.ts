import { describe, expect, it } from "vitest";
import { beneficiaryState, operatorActions, withdrawState } from "./manage-contribution";
import type { ContributionStatus } from "./contract-state";

const OP = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const ME = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const OTHER = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const contract = (status: ContributionStatus) => ({
  status,
  operator: OP,
  contributions: [
    { address: OP, beneficiary: OP, amount: 6_250n },
    { address: ME, beneficiary: OTHER, amount: 1_000n },
  ],
});

describe("withdrawing a contribution", () => {
  it("is locked for 24 hours after the latest contribution, to the second", () => {
    const at = 1_700_000_000n;
    expect(withdrawState(contract("open"), ME.toLowerCase(), at, 1_700_000_000 + 86_399)).toEqual({ kind: "locked", amount: 1_000n, availableAt: 1_700_086_400 });
    expect(withdrawState(contract("open"), ME, at, 1_700_086_400)).toEqual({ kind: "available", amount: 1_000n });
  });
  it("is not offered to the operator (that is a reset), to strangers, or after registration", () => {
    expect(withdrawState(contract("open"), OP, 0n, 2e9)).toEqual({ kind: "none" });
    expect(withdrawState(contract("open"), OTHER, 0n, 2e9)).toEqual({ kind: "none" });
    expect(withdrawState(contract("finalized"), ME, 0n, 2e9)).toEqual({ kind: "none" });
  });
});

describe("rewards address and operator tools", () => {
  it("a contributor may change its rewards address while the node collects or waits", () => {
    expect(beneficiaryState(contract("open"), ME)).toEqual({ current: OTHER, canChange: true });
    expect(beneficiaryState(contract("finalized"), ME)).toEqual({ current: OTHER, canChange: false });
    expect(beneficiaryState(contract("open"), OTHER)).toBeNull();
  });
  it("the operator can activate a full manual node and reset an unregistered one, refunding everyone", () => {
    expect(operatorActions(contract("awaitingActivation"), OP.toLowerCase())).toEqual({ finalize: true, reset: true, refunds: [{ address: OP, amount: 6_250n }, { address: ME, amount: 1_000n }] });
    expect(operatorActions(contract("open"), OP)?.finalize).toBe(false);
    expect(operatorActions(contract("finalized"), OP)?.reset).toBe(false);
    expect(operatorActions(contract("open"), ME)).toBeNull();
  });
});
