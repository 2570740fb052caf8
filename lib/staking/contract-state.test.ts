import { describe, expect, it } from "vitest";
import { contractDetailsPending, contractStatusLabel, decodeContributionStatus, selectOpenContracts, type ContractLike, type ContributionStatus } from "./contract-state";

const mk = (address: string, status: ContributionStatus, key: string | null, events: { name: string; block: number }[] = [{ name: "NewServiceNodeContributionContract", block: 100 }]): ContractLike => ({ address, status, pubkey_bls: key, events });
const opts = { liveBlsKeys: new Set<string>(), currentL2Block: 100_000, includeAwaitingOperator: false };

describe("contribution contract states (spec §6.2)", () => {
  it("decodes the enum's numbers (§3.1) to names, and refuses any other number", () => {
    expect([0, 1, 2, 3].map(decodeContributionStatus)).toEqual(["awaitingOperator", "open", "awaitingActivation", "finalized"]);
    expect([4, -1, 1.5, Number.NaN].map(decodeContributionStatus)).toEqual([null, null, null, null]);
  });
  it("labels", () => {
    expect(contractStatusLabel("awaitingOperator")).toBe("Awaiting operator contribution");
    expect(contractStatusLabel("open")).toBe("Awaiting contributors");
    expect(contractStatusLabel("awaitingActivation")).toBe("Awaiting operator activation");
    expect(contractStatusLabel("finalized")).toBe("Joining");
  });
  it("lists 1 and 2, and 0 only behind the toggle", () => {
    const list = [mk("0xa", "awaitingOperator", "aa"), mk("0xb", "open", "bb"), mk("0xc", "awaitingActivation", "cc")];
    expect(selectOpenContracts(list, opts).map((c) => c.contract.address)).toEqual(["0xb", "0xc"]);
    expect(selectOpenContracts(list, { ...opts, includeAwaitingOperator: true }).map((c) => c.contract.address)).toEqual(["0xa", "0xb", "0xc"]);
  });
  it("shows a finalised contract as joining for 28,800 L2 blocks unless its node is live", () => {
    const fresh = mk("0xf", "finalized", "ff", [{ name: "NewServiceNodeContributionContract", block: 1 }, { name: "Finalized", block: 90_000 }]);
    const old = mk("0xo", "finalized", "ee", [{ name: "NewServiceNodeContributionContract", block: 1 }, { name: "Finalized", block: 70_000 }]);
    expect(selectOpenContracts([fresh, old], opts).map((c) => [c.contract.address, c.label])).toEqual([["0xf", "Joining"]]);
    expect(selectOpenContracts([fresh], { ...opts, liveBlsKeys: new Set(["ff"]) })).toEqual([]);
  });
  it("hides a contract superseded by a newer one with the same key, unless the wallet has funds in it", () => {
    const older = mk("0xold", "open", "AB", [{ name: "NewServiceNodeContributionContract", block: 5 }]);
    const newer = mk("0xnew", "open", "ab", [{ name: "NewServiceNodeContributionContract", block: 6 }]);
    expect(selectOpenContracts([older, newer], opts).map((c) => c.contract.address)).toEqual(["0xnew"]);
    const kept = selectOpenContracts([older, newer], { ...opts, walletHasFundsIn: (a) => a === "0xold" });
    expect(kept.map((c) => [c.contract.address, c.superseded])).toEqual([["0xold", true], ["0xnew", false]]);
  });
});

describe("a contract whose details the network has not read yet (spec §5.5, §5.9)", () => {
  const known = { fee: 500, pubkey_bls: "ab".repeat(64), manual_finalize: false };
  it("is pending while its fee, BLS key or activation mode is null", () => {
    expect(contractDetailsPending(known)).toBe(false);
    expect(contractDetailsPending({ ...known, fee: null })).toBe(true);
    expect(contractDetailsPending({ ...known, pubkey_bls: null })).toBe(true);
    expect(contractDetailsPending({ ...known, manual_finalize: null })).toBe(true);
  });
  it("is not pending for a zero fee or a false activation mode: those are known values", () => {
    expect(contractDetailsPending({ ...known, fee: 0, manual_finalize: false })).toBe(false);
  });
});
