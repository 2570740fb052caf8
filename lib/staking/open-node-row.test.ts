import { describe, expect, it } from "vitest";
import { openNodeRows, toOpenNodeRow, type ContributionChainLike } from "./open-nodes";
import { ATOMIC_PER_SESH as SESH } from "./amounts";

const op = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const res = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";
const created = (block: number) => [{ name: "NewServiceNodeContributionContract", block }];
const api = { address: "0x80E2E2367C5E9D070Ae2d6d50bF0cdF6360a7151", service_node_pubkey: "ab".repeat(32), status: "open" as const, pubkey_bls: "01", events: created(10) };

const chain: ContributionChainLike = {
  address: api.address,
  status: "open" as const,
  operator: op,
  feeBasisPoints: 500,
  contributions: [{ address: op, amount: 10_000n * SESH }],
  reservations: [
    { address: op, amount: 10_000n * SESH, received: true },
    { address: res, amount: 5_000n * SESH, received: false },
  ],
  minimumContribution: null, // the call reverted or was not made: the rule computes it
  stakingRequirement: 25_000n * SESH,
  maxContributors: 10n,
};

describe("open node row from chain state", () => {
  it("takes fee, operator and status from the chain and derives staked, remaining, slots and minimum", () => {
    expect(toOpenNodeRow(api, chain)).toEqual({
      address: api.address,
      operator: op,
      status: "open" as const,
      feeBasisPoints: 500,
      staked: 10_000n * SESH,
      remaining: 15_000n * SESH,
      minContribution: 1_250n * SESH, // (25,000 − 10,000 − 5,000 reserved) / 8 free slots
      freeSlots: 8n,
      reservedSlots: 1,
      ed25519: api.service_node_pubkey,
    });
  });
  it("prefers the contract's own minimumContribution() answer", () => {
    expect(toOpenNodeRow(api, { ...chain, minimumContribution: 1_300n * SESH }).minContribution).toBe(1_300n * SESH);
  });
});

describe("which contracts /stake lists", () => {
  const base = { liveBlsKeys: [] as string[], currentL2Block: 100, includeAwaitingOperator: false };
  it("uses the chain's status, not the backend's stale one", () => {
    const stale = { ...api, status: "open" as const };
    expect(openNodeRows({ ...base, contracts: [stale], chain: [{ ...chain, status: "awaitingOperator" as const }] })).toEqual([]);
    expect(openNodeRows({ ...base, includeAwaitingOperator: true, contracts: [stale], chain: [{ ...chain, status: "awaitingOperator" as const }] })).toHaveLength(1);
  });
  it("leaves out a contract the chain did not answer for, and one superseded by a live node", () => {
    expect(openNodeRows({ ...base, contracts: [api], chain: [] })).toEqual([]);
    expect(openNodeRows({ ...base, liveBlsKeys: ["01"], contracts: [api], chain: [chain] })).toEqual([]);
    expect(openNodeRows({ ...base, contracts: [api], chain: [chain] }).map((r) => r.address)).toEqual([api.address]);
  });
});
