import Link from "next/link";
import { cx } from "@/components/ui/cx";
import { formatSesh, shareBasisPoints } from "@/lib/staking/amounts";
import { contractStatusLabel, DETAILS_PENDING_LABEL } from "@/lib/staking/contract-state";
import { formatFeeBasisPoints } from "@/lib/staking/fees";
import type { OpenNodeRow, OpenNodeSortKey } from "@/lib/staking/open-nodes";
import { openNodesSearch, sortedBy, type OpenNodesQuery } from "@/lib/staking/open-nodes-query";
import { AddressLink } from "../ui/AddressLink";
import { ProgressBar } from "../ui/States";
import { STACKED } from "../ui/stacked-table";
import { OpenNodesControls } from "./OpenNodesControls";
import { EarningsFormula } from "./EarningsFormula";
import { estimatedYearlyEarnings } from "@/lib/staking/yearly-rate";
import { ATOMIC_PER_SESH } from "@/lib/staking/amounts";

const COLUMNS: { key: OpenNodeSortKey | null; label: string }[] = [
  { key: null, label: "Node" },
  { key: null, label: "Operator" },
  { key: "fee", label: "Fee" },
  { key: "staked", label: "Staked / remaining" },
  { key: "minContribution", label: "Min. contribution" },
  { key: "freeSlots", label: "Free slots" },
  { key: null, label: "Reserved" },
  // how long it has been open, as an order: the Arbitrum block it opened at (blocks keep no steady pace)
  { key: "opened", label: "Open since" },
];

type Props = {
  /** sorted and filtered by the server, as `query` says */
  rows: OpenNodeRow[];
  query: OpenNodesQuery;
  /** the cookies' wallet holds this much (null: no wallet): offers "within my balance" */
  balance: bigint | null;
  explorerUrl: string | null;
  /** the pool's reward per block and all SESH staked, for the yearly estimates (null: not read) */
  earnings: { rewardRatePerBlock: bigint; totalStaked: bigint } | null;
};

/**
 * /stake's open contribution contracts, rendered on the server: sorting is a link per column,
 * filtering a small form that changes the URL (OpenNodesControls), each row a link to its contract.
 */
export function OpenNodesList({ rows, query, balance, explorerUrl, earnings }: Props) {
  const estimating = query.est !== null && earnings !== null ? { amount: BigInt(query.est) * ATOMIC_PER_SESH, ...earnings } : null;
  const columns = estimating ? [...COLUMNS, { key: null, label: "Est. per year" }] : COLUMNS;
  const estimateText = (r: OpenNodeRow) => {
    const e = estimating && !r.detailsPending ? estimatedYearlyEarnings({ amount: estimating.amount, rewardRatePerBlock: estimating.rewardRatePerBlock, totalStaked: estimating.totalStaked, feeBasisPoints: r.feeBasisPoints }) : null;
    return e === null ? "—" : `≈ ${formatSesh(e, { maxDecimals: 2 })} SESH`;
  };
  return (
    <section aria-labelledby="open-nodes-heading" className="mt-10">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="open-nodes-heading" className="text-2xl font-bold">
          Open nodes <span className="text-base font-normal text-muted">({rows.length})</span>
        </h2>
        <OpenNodesControls query={query} canFilterByBalance={balance !== null} sortOptions={COLUMNS.flatMap((c) => (c.key ? [{ key: c.key, label: c.label }] : []))} />
      </div>
      {rows.length === 0 ? (
        <p className="mt-6 text-muted" data-testid="open-nodes-empty">
          No open node matches. New nodes appear here when an operator opens one to contributors.
        </p>
      ) : (
        <div className={STACKED.wrapper}>
          <table className={cx(STACKED.table, "sm:min-w-[52rem]")}>
            <thead className={STACKED.thead}>
              <tr>
                {columns.map((c) => (
                  <th key={c.label} scope="col" className="px-3 py-2 font-medium" aria-sort={c.key === query.sort ? (query.dir === "asc" ? "ascending" : "descending") : undefined}>
                    {c.key ? (
                      <Link href={`/stake${openNodesSearch(sortedBy(query, c.key))}`} scroll={false} prefetch={false} replace className="inline-flex items-center gap-1 uppercase hover:text-fg">
                        {c.label}
                        <span aria-hidden="true">{c.key === query.sort ? (query.dir === "asc" ? "▲" : "▼") : "↕"}</span>
                      </Link>
                    ) : (
                      c.label
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className={STACKED.tbody}>
              {rows.map((r) => {
                const staked = r.staked + r.remaining;
                return (
                  <tr key={r.address} className={cx(STACKED.row, "align-top")} data-testid="open-node-row" data-address={r.address}>
                    <td className={cx(STACKED.cell, STACKED.wide, "before:hidden sm:py-3")}>
                      <Link href={`/stake/${r.address}`} className="font-semibold text-accent-fg underline-offset-4 hover:underline" prefetch={false}>
                        {r.ed25519.slice(0, 10)}…
                      </Link>
                      <div className="text-xs text-muted">{contractStatusLabel(r.status)}</div>
                      {r.detailsPending ? (
                        <div className="text-xs text-muted" data-testid="cell-details-pending">
                          {DETAILS_PENDING_LABEL}: the network is still reading this contract
                        </div>
                      ) : null}
                    </td>
                    <td className={cx(STACKED.cell, STACKED.wide, "order-last sm:py-3")} data-label="Operator">
                      <AddressLink address={r.operator} explorerUrl={explorerUrl} />
                    </td>
                    <td className={cx(STACKED.cell, "tabular-nums sm:py-3")} data-label="Fee" data-testid="cell-fee">
                      {r.detailsPending ? "Pending" : formatFeeBasisPoints(r.feeBasisPoints)}
                    </td>
                    <td className={cx(STACKED.cell, STACKED.wide, "sm:py-3")} data-label="Staked / remaining">
                      <div className="tabular-nums" data-testid="cell-staked">
                        {formatSesh(r.staked)} / {formatSesh(staked)} SESH
                      </div>
                      <ProgressBar basisPoints={shareBasisPoints(r.staked, staked)} label={`Staked share of node ${r.ed25519.slice(0, 10)}`} />
                      <div className="sensitive mt-1 text-xs text-muted" data-testid="cell-remaining">
                        {formatSesh(r.remaining)} SESH remaining
                      </div>
                    </td>
                    <td className={cx(STACKED.cell, "tabular-nums sm:py-3")} data-label="Min. contribution" data-testid="cell-min">
                      {/* to the last unit: a truncated minimum would be refused */}
                      {r.detailsPending ? "Pending" : r.minContribution !== null ? `${formatSesh(r.minContribution, { maxDecimals: 9 })} SESH` : "Full"}
                    </td>
                    <td className={cx(STACKED.cell, "tabular-nums sm:py-3")} data-label="Free slots" data-testid="cell-free-slots">
                      {r.freeSlots.toString()}
                    </td>
                    <td className={cx(STACKED.cell, "tabular-nums sm:py-3")} data-label="Reserved">
                      {r.reservedSlots}
                    </td>
                    <td className={cx(STACKED.cell, "sm:py-3")} data-label="Open since" data-testid="cell-opened" data-block={r.openedAtBlock ?? undefined}>
                      {r.openedAtBlock !== null ? `block ${r.openedAtBlock.toLocaleString("en-US")}` : "—"}
                    </td>
                    {estimating ? (
                      <td className={cx(STACKED.cell, "tabular-nums sm:py-3")} data-label="Est. per year" data-testid="cell-estimate">
                        {estimateText(r)}
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {estimating && query.est !== null ? <EarningsFormula amountSesh={query.est} rewardRatePerBlock={estimating.rewardRatePerBlock} totalStaked={estimating.totalStaked} /> : null}
    </section>
  );
}
