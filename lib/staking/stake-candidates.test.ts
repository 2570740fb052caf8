import { describe, expect, it } from "vitest";
import { stakeReadCandidates, stakeReadNodeIds } from "./stake-candidates";

describe("what /stake reads from the chain", () => {
  const created = [{ name: "NewServiceNodeContributionContract", block: 10 }];
  const list = {
    added_bls_keys: { aa: 7, bb: 3, cc: 7 },
    contracts: [
      { address: "0x0", status: "awaitingOperator" as const, pubkey_bls: "01", events: created },
      { address: "0x1", status: "open" as const, pubkey_bls: "02", events: created },
      { address: "0x2", status: "awaitingActivation" as const, pubkey_bls: "03", events: created },
      { address: "0x3", status: "finalized" as const, pubkey_bls: "aa", events: [...created, { name: "Finalized", block: 11 }] },
    ],
  };
  it("every contract that could be listed (status 0 too, for the toggle), not a finalised one already live", () => {
    expect(stakeReadCandidates(list).map((c) => c.address)).toEqual(["0x0", "0x1", "0x2"]);
  });
  it("each live node id once, in order", () => {
    expect(stakeReadNodeIds(list)).toEqual([3n, 7n]);
  });
});
