import { describe, expect, it } from "vitest";
import { filterOpenNodes, openedAtBlock, sortOpenNodes, type OpenNodeRow } from "./open-nodes";

const row = (address: string, fee: number, min: bigint | null, free: bigint, operator = "0xop", detailsPending = false): OpenNodeRow => ({
  address, operator, status: "open" as const, feeBasisPoints: fee, staked: 0n, remaining: 100n, minContribution: min, freeSlots: free, reservedSlots: 0, ed25519: "ed" + address, detailsPending, openedAtBlock: null,
});

describe("open nodes table", () => {
  const rows = [row("0xa", 500, 10n, 3n), row("0xb", 100, null, 0n, "0xAlice"), row("0xc", 900, 5n, 1n)];
  it("sorts by fee and by minimum contribution, closed nodes last", () => {
    expect(sortOpenNodes(rows, "fee", "asc").map((r) => r.address)).toEqual(["0xb", "0xa", "0xc"]);
    expect(sortOpenNodes(rows, "minContribution", "asc").map((r) => r.address)).toEqual(["0xc", "0xa", "0xb"]);
    expect(sortOpenNodes(rows, "fee", "desc").map((r) => r.address)).toEqual(["0xc", "0xa", "0xb"]);
  });
  it("orders equal rows by address, whatever the letters' case, in both directions", () => {
    const tied = [row("0xBB", 500, 10n, 1n), row("0xaa", 500, 10n, 1n), row("0xCc", 500, 10n, 1n)];
    expect(sortOpenNodes(tied, "fee", "asc").map((r) => r.address)).toEqual(["0xaa", "0xBB", "0xCc"]);
    expect(sortOpenNodes(tied, "fee", "desc").map((r) => r.address)).toEqual(["0xaa", "0xBB", "0xCc"]);
  });
  it("filters by text, fee, free slots and affordability", () => {
    expect(filterOpenNodes(rows, { text: "alice" }).map((r) => r.address)).toEqual(["0xb"]);
    expect(filterOpenNodes(rows, { maxFeeBasisPoints: 500 }).map((r) => r.address)).toEqual(["0xa", "0xb"]);
    expect(filterOpenNodes(rows, { onlyWithFreeSlots: true }).map((r) => r.address)).toEqual(["0xa", "0xc"]);
    expect(filterOpenNodes(rows, { affordableWith: 7n }).map((r) => r.address)).toEqual(["0xc"]);
  });
  it("sorts a contract with pending details after every known fee, and keeps it out of fee and balance filters", () => {
    // its fee is not confirmed by the network yet (the chain's 0 must not pass for "lowest fee")
    const withPending = [...rows, row("0xd", 0, null, 9n, "0xop", true)];
    expect(sortOpenNodes(withPending, "fee", "asc").map((r) => r.address)).toEqual(["0xb", "0xa", "0xc", "0xd"]);
    expect(filterOpenNodes(withPending, { maxFeeBasisPoints: 500 }).map((r) => r.address)).toEqual(["0xa", "0xb"]);
    expect(filterOpenNodes(withPending, { affordableWith: 1_000n }).map((r) => r.address)).toEqual(["0xa", "0xc"]);
    expect(filterOpenNodes(withPending, { onlyWithFreeSlots: true }).map((r) => r.address)).toEqual(["0xa", "0xc", "0xd"]);
  });
  it("filters by room left and by a ceiling on the minimum contribution (closed nodes never pass)", () => {
    const r = [{ ...row("0xa", 0, 10n, 1n), remaining: 50n }, { ...row("0xb", 0, 40n, 1n), remaining: 500n }, { ...row("0xc", 0, null, 0n), remaining: 900n }];
    expect(filterOpenNodes(r, { minRemaining: 100n }).map((x) => x.address)).toEqual(["0xb", "0xc"]);
    expect(filterOpenNodes(r, { maxMinContribution: 40n }).map((x) => x.address)).toEqual(["0xa", "0xb"]);
  });
  it("orders by time open: the earliest opening first, unknown last; a reopening counts from its last opening", () => {
    expect(openedAtBlock([{ name: "NewServiceNodeContributionContract", block: 5 }, { name: "OpenForPublicContribution", block: 9 }, { name: "Reset", block: 20 }, { name: "OpenForPublicContribution", block: 30 }])).toBe(30);
    expect(openedAtBlock([{ name: "NewServiceNodeContributionContract", block: 7 }, { name: "UpdateFee", block: 8 }])).toBe(7);
    expect(openedAtBlock([])).toBeNull();
    const r = [{ ...row("0xa", 0, 1n, 1n), openedAtBlock: 30 }, { ...row("0xb", 0, 1n, 1n), openedAtBlock: null }, { ...row("0xc", 0, 1n, 1n), openedAtBlock: 12 }];
    expect(sortOpenNodes(r, "opened", "asc").map((x) => x.address)).toEqual(["0xc", "0xa", "0xb"]);
  });
});
