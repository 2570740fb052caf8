import { describe, expect, it } from "vitest";
import { openNodeRows, toOpenNodeRow, type ContributionChainLike } from "./open-nodes";
import { ATOMIC_PER_SESH as SESH } from "./amounts";

const op = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const res = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";
const created = (block: number) => [{ name: "NewServiceNodeContributionContract", block }];
const api = { address: "0x80E2E2367C5E9D070Ae2d6d50bF0cdF6360a7151", service_node_pubkey: "ab".repeat(32), status: "open" as const, pubkey_bls: "01", fee: 500, manual_finalize: false, events: created(10) };
/** the same contract as the backend lists it right after creation (spec §5.9): settings not read yet */
const justCreated = { ...api, fee: null, pubkey_bls: null, manual_finalize: null };

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
      detailsPending: false,
      openedAtBlock: 10, // its creation: no OpenForPublicContribution among its events
    });
  });
  it("offers no contribution while the network has not read the contract's fee, key or activation mode", () => {
    for (const pending of [justCreated, { ...api, fee: null }, { ...api, pubkey_bls: null }, { ...api, manual_finalize: null }]) {
      const row = toOpenNodeRow(pending, { ...chain, minimumContribution: 1_300n * SESH });
      expect(row.detailsPending).toBe(true);
      expect(row.minContribution).toBeNull();
      // the chain's own figures still show
      expect([row.staked, row.remaining, row.freeSlots]).toEqual([10_000n * SESH, 15_000n * SESH, 8n]);
    }
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
  it("lists a contract whose details are pending beside the others, marked as such", () => {
    const other = { ...api, address: "0x9A676e781A523b5d0C0e43731313A708CB607508", service_node_pubkey: "cd".repeat(32), pubkey_bls: "02" };
    const rows = openNodeRows({ ...base, contracts: [justCreated, other], chain: [chain, { ...chain, address: other.address }] });
    expect(rows.map((r) => [r.address, r.detailsPending])).toEqual([
      [api.address, true],
      [other.address, false],
    ]);
  });
});
