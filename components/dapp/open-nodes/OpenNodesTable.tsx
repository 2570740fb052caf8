"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { formatSesh, shareBasisPoints } from "@/lib/staking/amounts";
import { contractStatusLabel, DETAILS_PENDING_LABEL } from "@/lib/staking/contract-state";
import { formatFeeBasisPoints } from "@/lib/staking/fees";
import { filterOpenNodes, sortOpenNodes, type OpenNodeRow, type OpenNodeSortKey, type SortDirection } from "@/lib/staking/open-nodes";
import { cx } from "@/components/ui/cx";
import { AddressLink } from "../ui/AddressLink";
import { ProgressBar } from "../ui/States";
import { STACKED } from "../ui/stacked-table";

const COLUMNS: { key: OpenNodeSortKey | null; label: string }[] = [
  { key: null, label: "Node" },
  { key: null, label: "Operator" },
  { key: "fee", label: "Fee" },
  { key: "staked", label: "Staked / remaining" },
  { key: "minContribution", label: "Min. contribution" },
  { key: "freeSlots", label: "Free slots" },
  { key: null, label: "Reserved" },
];

const FEE_FILTERS = [
  { label: "Any fee", value: undefined },
  { label: "Fee ≤ 5%", value: 500 },
  { label: "Fee ≤ 10%", value: 1_000 },
  { label: "Fee ≤ 20%", value: 2_000 },
];

/** Open contribution contracts: sortable, filterable, each linking to its detail page. */
export function OpenNodesTable({ rows, balance, showAwaitingOperator, onToggleAwaitingOperator }: { rows: OpenNodeRow[]; balance: bigint | null; showAwaitingOperator: boolean; onToggleAwaitingOperator: (v: boolean) => void }) {
  const [sortKey, setSortKey] = useState<OpenNodeSortKey>("remaining");
  const [direction, setDirection] = useState<SortDirection>("desc");
  const [text, setText] = useState("");
  const [maxFee, setMaxFee] = useState<number | undefined>(undefined);
  const [onlyFree, setOnlyFree] = useState(false);
  const [onlyAffordable, setOnlyAffordable] = useState(false);

  const shown = useMemo(
    () => sortOpenNodes(filterOpenNodes(rows, { text, maxFeeBasisPoints: maxFee, onlyWithFreeSlots: onlyFree, affordableWith: onlyAffordable && balance !== null ? balance : undefined }), sortKey, direction),
    [rows, text, maxFee, onlyFree, onlyAffordable, balance, sortKey, direction],
  );

  function sortBy(key: OpenNodeSortKey) {
    if (key === sortKey) setDirection(direction === "asc" ? "desc" : "asc");
    else {
      setSortKey(key);
      setDirection(key === "fee" || key === "minContribution" ? "asc" : "desc");
    }
  }

  return (
    <section aria-labelledby="open-nodes-heading" className="mt-10">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="open-nodes-heading" className="text-2xl font-bold">
          Open nodes <span className="text-base font-normal text-muted">({shown.length})</span>
        </h2>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <label className="flex flex-col gap-1">
            <span className="text-xs text-muted">Search operator, contract or key</span>
            <input value={text} onChange={(e) => setText(e.target.value)} className="min-h-10 rounded-lg border border-line bg-bg px-3" placeholder="0x… or key" />
          </label>
          <label className="flex flex-col gap-1">
            <span className="text-xs text-muted">Operator fee</span>
            <select value={maxFee ?? ""} onChange={(e) => setMaxFee(e.target.value === "" ? undefined : Number(e.target.value))} className="min-h-10 rounded-lg border border-line bg-bg px-3">
              {FEE_FILTERS.map((f) => (
                <option key={f.label} value={f.value ?? ""}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
          {/* on a phone the table's headers (and their sort buttons) give way to cards */}
          <label className="flex flex-col gap-1 sm:hidden">
            <span className="text-xs text-muted">Sort by</span>
            <select
              value={`${sortKey}:${direction}`}
              onChange={(e) => {
                const [k, d] = e.target.value.split(":") as [OpenNodeSortKey, SortDirection];
                setSortKey(k);
                setDirection(d);
              }}
              className="min-h-11 rounded-lg border border-line bg-bg px-3"
            >
              {COLUMNS.flatMap((c) =>
                c.key
                  ? (["asc", "desc"] as const).map((d) => (
                      <option key={`${c.key}:${d}`} value={`${c.key}:${d}`}>
                        {c.label} {d === "asc" ? "(lowest first)" : "(highest first)"}
                      </option>
                    ))
                  : [],
              )}
            </select>
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={onlyFree} onChange={(e) => setOnlyFree(e.target.checked)} /> Free slots only
          </label>
          {balance !== null ? (
            <label className="flex items-center gap-2">
              <input type="checkbox" checked={onlyAffordable} onChange={(e) => setOnlyAffordable(e.target.checked)} /> Within my balance
            </label>
          ) : null}
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={showAwaitingOperator} onChange={(e) => onToggleAwaitingOperator(e.target.checked)} data-testid="toggle-awaiting-operator" /> Show nodes awaiting operator
          </label>
        </div>
      </div>
      {shown.length === 0 ? (
        <p className="mt-6 text-muted" data-testid="open-nodes-empty">
          No open node matches. New nodes appear here when an operator opens one to contributors.
        </p>
      ) : (
        <div className={STACKED.wrapper}>
          <table className={cx(STACKED.table, "sm:min-w-[52rem]")}>
            <thead className={STACKED.thead}>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c.label} scope="col" className="px-3 py-2 font-medium" aria-sort={c.key === sortKey ? (direction === "asc" ? "ascending" : "descending") : undefined}>
                    {c.key ? (
                      <button type="button" onClick={() => sortBy(c.key!)} className="inline-flex items-center gap-1 uppercase hover:text-fg">
                        {c.label}
                        <span aria-hidden="true">{c.key === sortKey ? (direction === "asc" ? "▲" : "▼") : "↕"}</span>
                      </button>
                    ) : (
                      c.label
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className={STACKED.tbody}>
              {shown.map((r) => {
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
                      <AddressLink address={r.operator} />
                    </td>
                    <td className={cx(STACKED.cell, "tabular-nums sm:py-3")} data-label="Fee" data-testid="cell-fee">
                      {r.detailsPending ? "Pending" : formatFeeBasisPoints(r.feeBasisPoints)}
                    </td>
                    <td className={cx(STACKED.cell, STACKED.wide, "sm:py-3")} data-label="Staked / remaining">
                      <div className="tabular-nums" data-testid="cell-staked">
                        {formatSesh(r.staked)} / {formatSesh(staked)} SESH
                      </div>
                      <ProgressBar basisPoints={shareBasisPoints(r.staked, staked)} label={`Staked share of node ${r.ed25519.slice(0, 10)}`} />
                      <div className="mt-1 text-xs text-muted" data-testid="cell-remaining">
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
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
