import Link from "next/link";
import { formatSesh } from "@/lib/staking/amounts";
import { formatFeePpm } from "@/lib/staking/fees";
import type { NodeState } from "@/lib/staking/node-state";
import type { Stake } from "@/lib/network/schemas";
import { AddressLink } from "../ui/AddressLink";
import { NodeStateBadge } from "./NodeStateBadge";

export type NodesTableRow = { stake: Stake; state: NodeState; deposit: bigint };

/** One page of the registry, rendered on the server (the browser only hydrates the address links). */
export function NodesTable({ rows }: { rows: readonly NodesTableRow[] }) {
  return (
    <div className="mt-4 overflow-x-auto rounded-2xl border border-line">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <thead className="bg-bg-raised text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-3 py-2">Node</th>
            <th scope="col" className="px-3 py-2">State</th>
            <th scope="col" className="px-3 py-2">Operator</th>
            <th scope="col" className="px-3 py-2">Fee</th>
            <th scope="col" className="px-3 py-2 text-right">Stake</th>
            <th scope="col" className="px-3 py-2 text-right">Contributors</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={6} className="px-3 py-6 text-center text-muted">
                No node matches this filter.
              </td>
            </tr>
          ) : null}
          {rows.map(({ stake, state, deposit }) => (
            <tr key={stake.contract_id} className="border-t border-line" data-testid="node-row" data-node-id={stake.contract_id}>
              <td className="px-3 py-2">
                <Link href={`/nodes/${stake.contract_id}`} className="font-semibold text-accent-fg underline-offset-4 hover:underline" prefetch={false}>
                  #{stake.contract_id}
                </Link>
                <div className="font-mono text-xs text-muted">{stake.service_node_pubkey.slice(0, 10)}…</div>
              </td>
              <td className="px-3 py-2">
                <NodeStateBadge state={state} />
              </td>
              <td className="px-3 py-2">
                <AddressLink address={stake.operator_address} />
              </td>
              <td className="px-3 py-2 tabular-nums">{formatFeePpm(stake.operator_fee)}</td>
              <td className="px-3 py-2 text-right tabular-nums" data-testid="node-stake">
                {formatSesh(deposit)} SESH
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{stake.contributors.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
