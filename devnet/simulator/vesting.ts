/**
 * The vesting contracts the simulated backend knows (spec Appendix C.1): like the real one, a static
 * list loaded once (the real backend reads a CSV written by the deploy script; the seeder hands the
 * same rows here), whose only change afterwards is the beneficiary, followed from the contracts'
 * BeneficiaryTransferred events. `revoked` and a new revoker are not reflected, as in the backend.
 * Pure: the watcher feeds the events.
 */
import { getAddress, type Address } from "viem";

export type VestingRow = {
  address: Address;
  /** the beneficiary in the list (the CSV's), before any transfer */
  initialBeneficiary: Address;
  revoker: Address;
  /** atomic: the amount the list says was vested, not the contract's balance */
  initialAmount: bigint;
  /** unix seconds */
  timeStart: number;
  timeEnd: number;
  transferableBeneficiary: boolean;
};

export class VestingRegistry {
  private readonly rows = new Map<string, VestingRow>();
  private readonly beneficiary = new Map<string, Address>();

  /** Loads the list; as the backend loads its CSV only into an empty table, a second load is ignored. */
  load(rows: readonly VestingRow[]): void {
    if (this.rows.size > 0) return;
    for (const row of rows) {
      const key = row.address.toLowerCase();
      this.rows.set(key, { ...row, address: getAddress(row.address), initialBeneficiary: getAddress(row.initialBeneficiary), revoker: getAddress(row.revoker) });
      this.beneficiary.set(key, getAddress(row.initialBeneficiary));
    }
  }

  has(address: string): boolean {
    return this.rows.has(address.toLowerCase());
  }

  /** A BeneficiaryTransferred event of a listed contract. */
  transferred(address: string, newBeneficiary: Address): void {
    if (this.rows.has(address.toLowerCase())) this.beneficiary.set(address.toLowerCase(), getAddress(newBeneficiary));
  }

  /** The chain was reverted and is replayed from genesis: every beneficiary is the list's again. */
  reset(): void {
    for (const [key, row] of this.rows) this.beneficiary.set(key, row.initialBeneficiary);
  }

  /** The `vesting` array of GET /stakes/<address>: rows whose current beneficiary is `address` (booleans as 0/1, like the backend's). */
  forBeneficiary(address: Address) {
    const wanted = address.toLowerCase();
    return [...this.rows.entries()].flatMap(([key, row]) => {
      const now = this.beneficiary.get(key) ?? row.initialBeneficiary;
      if (now.toLowerCase() !== wanted) return [];
      return [
        {
          address: row.address,
          beneficiary: now,
          initial_amount: row.initialAmount,
          initial_beneficiary: row.initialBeneficiary,
          revoker: row.revoker,
          time_end: row.timeEnd,
          time_start: row.timeStart,
          transferable_beneficiary: row.transferableBeneficiary ? 1 : 0,
        },
      ];
    });
  }
}
