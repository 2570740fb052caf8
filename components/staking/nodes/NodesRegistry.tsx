"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { formatSesh } from "@/lib/staking/amounts";
import { formatFeePpm } from "@/lib/staking/fees";
import { compareStakes, NODE_STATES, type NodeState } from "@/lib/staking/node-state";
import { useAllNodes } from "../hooks/useNetworkQueries";
import { useStakeSnapshot } from "../hooks/useStakeReads";
import { AddressLink } from "../ui/AddressLink";
import { ErrorState, Loading } from "../ui/States";
import { NodeStateBadge } from "./NodeStateBadge";
import { nodeView } from "./node-view";

export const NODES_PAGE_SIZE = 50;

/**
 * /nodes: every registered node with its state. 2,000 nodes stay fast: states are derived once per
 * response, the table renders one page of 50, and only that page's chain records are read.
 */
export function NodesRegistry() {
  const nodes = useAllNodes();
  const [page, setPage] = useState(0);
  const [stateFilter, setStateFilter] = useState<NodeState | "all">("all");
  const [text, setText] = useState("");
  const [wallNow] = useState(() => Math.floor(Date.now() / 1000));
  // the network's own clock (devnet time may run ahead of the wall clock)
  const now = nodes.data?.t ?? wallNow;

  const views = useMemo(() => {
    if (!nodes.data) return undefined;
    const network = nodes.data.network;
    return nodes.data.nodes
      .map((s) => nodeView(s, network, now))
      .sort((a, b) => compareStakes({ ...a.stake, state: a.state, ownStake: 0n }, { ...b.stake, state: b.state, ownStake: 0n }) || a.stake.contract_id - b.stake.contract_id);
  }, [nodes.data, now]);

  const filtered = useMemo(() => {
    const t = text.trim().toLowerCase();
    return (views ?? []).filter(
      (v) =>
        (stateFilter === "all" || v.state === stateFilter) &&
        (!t || v.stake.operator_address.toLowerCase().includes(t) || v.stake.service_node_pubkey.includes(t) || String(v.stake.contract_id) === t || v.stake.contributors.some((c) => c.address.toLowerCase().includes(t))),
    );
  }, [views, stateFilter, text]);

  const pages = Math.max(1, Math.ceil(filtered.length / NODES_PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = filtered.slice(current * NODES_PAGE_SIZE, (current + 1) * NODES_PAGE_SIZE);
  const chain = useStakeSnapshot({ contracts: [], nodeIds: views ? shown.map((v) => BigInt(v.stake.contract_id)) : undefined });
  const chainById = new Map((chain.data?.nodes ?? []).map((n) => [Number(n.id), n]));
  const counts = useMemo(() => {
    const m = new Map<NodeState, number>();
    for (const v of views ?? []) m.set(v.state, (m.get(v.state) ?? 0) + 1);
    return m;
  }, [views]);

  if (nodes.error) return <ErrorState title="The node list could not be loaded." error={nodes.error} />;
  if (!views) return <Loading label="Loading the node registry…" minHeight="min-h-[100vh]" />;

  return (
    <section>
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col gap-1">
          <span className="text-xs text-muted">State</span>
          <select value={stateFilter} onChange={(e) => { setStateFilter(e.target.value as NodeState | "all"); setPage(0); }} className="min-h-10 rounded-lg border border-line bg-bg px-3">
            <option value="all">All states ({views.length})</option>
            {NODE_STATES.filter((s) => counts.has(s)).map((s) => (
              <option key={s} value={s}>
                {s} ({counts.get(s)})
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-xs text-muted">Search id, operator, contributor or key</span>
          <input value={text} onChange={(e) => { setText(e.target.value); setPage(0); }} className="min-h-10 rounded-lg border border-line bg-bg px-3" />
        </label>
        <p className="ml-auto text-muted" data-testid="nodes-count">
          {filtered.length} node{filtered.length === 1 ? "" : "s"}
        </p>
      </div>
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
            {shown.map((v) => {
              const onChain = chainById.get(v.stake.contract_id);
              return (
                <tr key={v.stake.contract_id} className="border-t border-line" data-testid="node-row" data-node-id={v.stake.contract_id}>
                  <td className="px-3 py-2">
                    <Link href={`/nodes/${v.stake.contract_id}`} className="font-semibold text-accent-fg underline-offset-4 hover:underline" prefetch={false}>
                      #{v.stake.contract_id}
                    </Link>
                    <div className="font-mono text-xs text-muted">{v.stake.service_node_pubkey.slice(0, 10)}…</div>
                  </td>
                  <td className="px-3 py-2">
                    <NodeStateBadge state={v.state} />
                  </td>
                  <td className="px-3 py-2">
                    <AddressLink address={v.stake.operator_address} />
                  </td>
                  <td className="px-3 py-2 tabular-nums">{formatFeePpm(v.stake.operator_fee)}</td>
                  <td className="px-3 py-2 text-right tabular-nums" data-testid="node-stake">
                    {formatSesh(onChain?.registered ? onChain.deposit : v.stake.total_contributed)} SESH
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{v.stake.contributors.length}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
        <button type="button" className="rounded-full border border-line px-4 py-2 disabled:opacity-40" disabled={current === 0} onClick={() => setPage(current - 1)}>
          Previous
        </button>
        <span data-testid="nodes-page">
          Page {current + 1} of {pages}
        </span>
        <button type="button" className="rounded-full border border-line px-4 py-2 disabled:opacity-40" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
          Next
        </button>
      </nav>
    </section>
  );
}
