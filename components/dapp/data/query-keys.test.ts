import { describe, expect, it } from "vitest";
import { keyAffectedBy, keyAffectedByAny, queryKeys } from "./query-keys";

const A = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" as const;
const B = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC" as const;
const C1 = "0x80E2E2367C5E9D070Ae2d6d50bF0cdF6360a7151" as const;
const C2 = "0x5FbDB2315678afecb367f032d93F642f64180aa3" as const;

const snap = (over: Partial<Parameters<typeof queryKeys.chainSnapshot>[0]> = {}) =>
  queryKeys.chainSnapshot({ chainId: 31337, contracts: [C1], nodeIds: [7n], account: A, detail: false, ed25519Keys: [], ...over });

describe("which reads a transaction changed", () => {
  it("a contract's state: the snapshots that read it, the contract and stakes lists", () => {
    const e = { kind: "contract" as const, address: C1 };
    expect(keyAffectedBy(snap(), e)).toBe(true);
    expect(keyAffectedBy(snap({ contracts: [C2] }), e)).toBe(false);
    expect(keyAffectedBy(queryKeys.contributionContracts(), e)).toBe(true);
    expect(keyAffectedBy(queryKeys.walletRewards(A), e)).toBe(false);
  });
  it("an account: its snapshot and its own network lists, not another wallet's", () => {
    const e = { kind: "account" as const, address: A };
    expect(keyAffectedBy(snap({ account: A.toLowerCase() as `0x${string}` }), e)).toBe(true);
    expect(keyAffectedBy(snap({ account: B }), e)).toBe(false);
    expect(keyAffectedBy(snap({ account: null }), e)).toBe(false);
    expect(keyAffectedBy(queryKeys.walletRewards(A), e)).toBe(true);
    expect(keyAffectedBy(queryKeys.walletStakes(B), e)).toBe(false);
    expect(keyAffectedBy(queryKeys.dailyRewards(A), e)).toBe(true);
  });
  it("a node: the snapshots holding it; the registry: every snapshot", () => {
    expect(keyAffectedBy(snap(), { kind: "node", id: 7n })).toBe(true);
    expect(keyAffectedBy(snap(), { kind: "node", id: 8n })).toBe(false);
    expect(keyAffectedBy(snap({ contracts: [], nodeIds: [], account: null }), { kind: "registry" })).toBe(true);
    expect(keyAffectedByAny(queryKeys.walletRewards(B), [{ kind: "registry" }, { kind: "account", address: A }])).toBe(false);
  });
});
