// The simulated backend's vesting list (spec Appendix C.1): rows for the current beneficiary only,
// in the backend's JSON shape (parsed by the dApp's own schema), a transfer followed, a second load
// ignored, and a chain replay back to the list's beneficiaries.
import { describe, expect, it } from "vitest";
import { vestingContractSchema } from "@/lib/backend/schemas";
import { hardhatAddress } from "../accounts";
import { VestingRegistry, type VestingRow } from "./vesting";

const investor = hardhatAddress(16);
const heir = hardhatAddress(4);
const row = (n: number, overrides: Partial<VestingRow> = {}): VestingRow => ({
  address: hardhatAddress(n),
  initialBeneficiary: investor,
  revoker: "0x0000000000000000000000000000000000000000",
  initialAmount: 9_007_199_254_740_993n,
  timeStart: 1_800_000_000,
  timeEnd: 1_900_000_000,
  transferableBeneficiary: n === 8,
  ...overrides,
});

describe("the simulated backend's vesting list", () => {
  it("lists a beneficiary's contracts in the backend's shape, and nobody else's", () => {
    const r = new VestingRegistry();
    r.load([row(7), row(8), row(9, { initialBeneficiary: heir })]);
    const listed = r.forBeneficiary(investor.toLowerCase() as typeof investor);
    expect(listed.map((v) => v.address)).toEqual([hardhatAddress(7), hardhatAddress(8)]);
    const parsed = listed.map((v) => vestingContractSchema.parse(v));
    expect(parsed[0]?.initial_amount).toBe(9_007_199_254_740_993n);
    expect(parsed.map((v) => v.transferable_beneficiary)).toEqual([false, true]);
    expect(parsed[0]).toMatchObject({ beneficiary: investor, initial_beneficiary: investor, time_start: 1_800_000_000, time_end: 1_900_000_000 });
    expect(r.forBeneficiary(hardhatAddress(3))).toEqual([]);
  });

  it("follows a transferred beneficiary, ignores unlisted contracts, and forgets transfers when the chain is replayed", () => {
    const r = new VestingRegistry();
    r.load([row(7), row(8)]);
    r.transferred(hardhatAddress(8), heir);
    r.transferred(hardhatAddress(12), heir);
    expect(r.forBeneficiary(investor).map((v) => v.address)).toEqual([hardhatAddress(7)]);
    expect(r.forBeneficiary(heir)).toEqual([expect.objectContaining({ address: hardhatAddress(8), beneficiary: heir, initial_beneficiary: investor })]);
    r.reset();
    expect(r.forBeneficiary(heir)).toEqual([]);
    expect(r.forBeneficiary(investor)).toHaveLength(2);
  });

  it("loads its list once, as the backend loads its CSV only into an empty table", () => {
    const r = new VestingRegistry();
    r.load([row(7)]);
    r.load([row(8), row(9)]);
    expect(r.forBeneficiary(investor).map((v) => v.address)).toEqual([hardhatAddress(7)]);
  });
});
