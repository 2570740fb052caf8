import { describe, expect, it } from "vitest";
import type { ContributionContractNotReady } from "@/lib/network/schemas";
import type { ContributionChainState } from "@/lib/contracts/reads/stake-page";
import { toOpenNodeRow } from "./useOpenNodes";

const SESH = 1_000_000_000n;
const op = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" as const;
const res = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65" as const;
const api: ContributionContractNotReady = {
  address: "0x80E2E2367C5E9D070Ae2d6d50bF0cdF6360a7151",
  contributors: [],
  events: [],
  operator_address: op,
  service_node_pubkey: "ab".repeat(32),
  status: 1,
  fee: 300, // stale: the chain says 500
  manual_finalize: false,
  pubkey_bls: null,
};

describe("open node row from chain state", () => {
  const chain: ContributionChainState = {
    address: api.address,
    status: 1,
    operator: op,
    feeBasisPoints: 500,
    ed25519Pubkey: 1n,
    contributions: [{ address: op, beneficiary: op, amount: 10_000n * SESH }],
    reservations: [
      { address: op, amount: 10_000n * SESH, received: true },
      { address: res, amount: 5_000n * SESH, received: false },
    ],
    minimumContribution: null, // the call reverted or was not made: the rule computes it
    stakingRequirement: 25_000n * SESH,
    maxContributors: 10n,
  };
  it("takes fee and status from the chain and derives staked, remaining, slots and minimum", () => {
    expect(toOpenNodeRow(api, chain, { stakingRequirement: 0n, maxContributors: 0n })).toEqual({
      address: api.address,
      operator: op,
      status: 1,
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
    expect(toOpenNodeRow(api, { ...chain, minimumContribution: 1_300n * SESH }, { stakingRequirement: 0n, maxContributors: 0n }).minContribution).toBe(1_300n * SESH);
  });
});
