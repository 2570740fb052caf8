import { describe, expect, it } from "vitest";
import { isBeneficiaryOnly, positionInContract, totalStaked } from "./account";

const A = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const B = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";

describe("a wallet's position", () => {
  it("sums its own contributions and its unpaid reservations, whatever the address case", () => {
    const books = {
      contributions: [
        { address: A, amount: 5n },
        { address: B, amount: 7n },
      ],
      reservations: [
        { address: A.toLowerCase(), amount: 5n, received: true },
        { address: A, amount: 3n, received: false },
      ],
    };
    expect(positionInContract(books, A.toLowerCase())).toEqual({ own: 5n, reserved: 3n });
    expect(positionInContract(books, B)).toEqual({ own: 7n, reserved: 0n });
  });
  it("counts live nodes and unregistered contracts, not exited nodes or finalised contracts", () => {
    const nodes = [
      { state: "Running" as const, ownStake: 10n },
      { state: "Exited" as const, ownStake: 100n },
      { state: "Exit requested" as const, ownStake: 1n },
    ];
    const contracts = [
      { status: "open" as const, own: 20n },
      { status: "finalized" as const, own: 1000n },
    ];
    expect(totalStaked(nodes, contracts)).toBe(31n);
  });
  it("knows a beneficiary-only node", () => {
    expect(isBeneficiaryOnly([{ address: B, beneficiary: A }], A)).toBe(true);
    expect(isBeneficiaryOnly([{ address: A, beneficiary: A }], A)).toBe(false);
  });
});
