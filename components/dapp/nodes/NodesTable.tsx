import Link from "next/link";
import { formatSesh } from "@/lib/staking/amounts";
import { formatFeePpm } from "@/lib/staking/fees";
import type { NodeState } from "@/lib/staking/node-state";
import { nodeSoftwareWarnings } from "@/lib/staking/node-software";
import type { SoftwareRules } from "@/lib/config/node-software-rules";
import type { Stake } from "@/lib/backend/schemas";
import { cx } from "@/components/ui/cx";
import { AddressLink } from "../ui/AddressLink";
import { STACKED } from "../ui/stacked-table";
import { NodeStateBadge } from "./NodeStateBadge";
import { SoftwareWarningBadge } from "./SoftwareWarnings";

export type NodesTableRow = { stake: Stake; state: NodeState; deposit: bigint };

/** One page of the registry, rendered on the server (the browser only hydrates the address links); cards on a phone. */
export function NodesTable({ rows, explorerUrl, software, now }: { rows: readonly NodesTableRow[]; explorerUrl: string | null; software: SoftwareRules; now: number }) {
  return (
    <div className={STACKED.wrapper}>
      <table className={cx(STACKED.table, "sm:min-w-[48rem]")}>
        <thead className={STACKED.thead}>
          <tr>
            <th scope="col" className={STACKED.th}>Node</th>
            <th scope="col" className={STACKED.th}>State</th>
            <th scope="col" className={STACKED.th}>Operator</th>
            <th scope="col" className={STACKED.th}>Fee</th>
            <th scope="col" className={cx(STACKED.th, "text-right")}>Stake</th>
            <th scope="col" className={cx(STACKED.th, "text-right")}>Contributors</th>
          </tr>
        </thead>
        <tbody className={STACKED.tbody}>
          {rows.length === 0 ? (
            <tr className="block sm:table-row">
              <td colSpan={6} className="block px-3 py-6 text-center text-muted sm:table-cell">
                No node matches this filter.
              </td>
            </tr>
          ) : null}
          {rows.map(({ stake, state, deposit }) => (
            <tr key={stake.contract_id} className={STACKED.row} data-testid="node-row" data-node-id={stake.contract_id}>
              <td className={cx(STACKED.cell, STACKED.first, "before:hidden")}>
                <Link href={`/nodes/${stake.contract_id}`} className="font-semibold text-accent-fg underline-offset-4 hover:underline" prefetch={false}>
                  #{stake.contract_id}
                </Link>
                <div className="font-mono text-xs text-muted">{stake.service_node_pubkey.slice(0, 10)}…</div>
              </td>
              <td className={cx(STACKED.cell, STACKED.first, "before:hidden text-right sm:text-left")}>
                <NodeStateBadge state={state} />
                <div>
                  <SoftwareWarningBadge warnings={nodeSoftwareWarnings(stake, state, software, now)} />
                </div>
              </td>
              <td className={cx(STACKED.cell, STACKED.wide, "sm:col-span-1")} data-label="Operator">
                <AddressLink address={stake.operator_address} explorerUrl={explorerUrl} />
              </td>
              <td className={cx(STACKED.cell, "tabular-nums")} data-label="Fee">
                {formatFeePpm(stake.operator_fee)}
              </td>
              <td className={cx(STACKED.cell, "tabular-nums sm:text-right")} data-label="Stake" data-testid="node-stake">
                {formatSesh(deposit)} SESH
              </td>
              <td className={cx(STACKED.cell, "tabular-nums sm:text-right")} data-label="Contributors">
                {stake.contributors.length}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
