import { formatSesh } from "@/lib/staking/amounts";
import { cx } from "@/components/ui/cx";
import { AddressLink } from "./AddressLink";
import { STACKED } from "./stacked-table";

export type ContributorRow = { address: string; beneficiary: string; amount: bigint };

/** Who staked how much and who receives the rewards: shared by the node and contract pages. */
export function ContributorsTable({ rows, emptyText, explorerUrl }: { rows: readonly ContributorRow[]; emptyText?: string; explorerUrl: string | null }) {
  return (
    <table className={cx(STACKED.table, "mt-3")}>
      <thead className="hidden text-xs uppercase text-muted sm:table-header-group">
        <tr>
          <th scope="col" className="py-2">Contributor</th>
          <th scope="col">Beneficiary</th>
          <th scope="col" className="text-right">Amount</th>
        </tr>
      </thead>
      <tbody className={STACKED.tbody}>
        {rows.length === 0 && emptyText ? (
          <tr className="block sm:table-row">
            <td colSpan={3} className="block py-3 text-muted sm:table-cell">
              {emptyText}
            </td>
          </tr>
        ) : (
          rows.map((r) => (
            <tr key={r.address} className={cx(STACKED.row, "px-0 sm:px-0")} data-testid="contributor-row">
              <td className={cx(STACKED.cell, STACKED.wide, "sm:col-span-1 sm:px-0")} data-label="Contributor">
                <AddressLink address={r.address} explorerUrl={explorerUrl} />
              </td>
              <td className={cx(STACKED.cell, "sm:px-0")} data-label="Rewards to">
                <AddressLink address={r.beneficiary} explorerUrl={explorerUrl} />
              </td>
              <td className={cx(STACKED.cell, "tabular-nums sm:px-0 sm:text-right")} data-label="Amount">
                {formatSesh(r.amount)} SESH
              </td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
