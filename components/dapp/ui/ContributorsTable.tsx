import { formatSesh } from "@/lib/staking/amounts";
import { AddressLink } from "./AddressLink";

export type ContributorRow = { address: string; beneficiary: string; amount: bigint };

/** Who staked how much and who receives the rewards: shared by the node and contract pages. */
export function ContributorsTable({ rows, emptyText }: { rows: readonly ContributorRow[]; emptyText?: string }) {
  return (
    <table className="mt-3 w-full text-left text-sm">
      <thead className="text-xs uppercase text-muted">
        <tr>
          <th scope="col" className="py-2">Contributor</th>
          <th scope="col">Beneficiary</th>
          <th scope="col" className="text-right">Amount</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && emptyText ? (
          <tr>
            <td colSpan={3} className="py-3 text-muted">
              {emptyText}
            </td>
          </tr>
        ) : (
          rows.map((r) => (
            <tr key={r.address} className="border-t border-line" data-testid="contributor-row">
              <td className="py-2">
                <AddressLink address={r.address} />
              </td>
              <td>
                <AddressLink address={r.beneficiary} />
              </td>
              <td className="text-right tabular-nums">{formatSesh(r.amount)} SESH</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
