/**
 * /nodes' list rules: order, filter and one page of the registry. Pure, so the server can do the
 * work for 2,000 nodes and the browser only renders the 50 rows it is sent.
 */
import { compareStakes, NODE_STATES, type NodeState, type StakeLike } from "./node-state";

export const NODES_PAGE_SIZE = 50;

export type RegistryQuery = { page: number; state: NodeState | "all"; q: string };

type SearchParamValue = string | string[] | undefined;

function first(v: SearchParamValue): string {
  return (Array.isArray(v) ? v[0] : v) ?? "";
}

/** URL search params -> query; anything unknown falls back to the default instead of failing. */
export function parseRegistryQuery(params: Record<string, SearchParamValue>): RegistryQuery {
  const page = Number.parseInt(first(params.page), 10);
  const state = first(params.state);
  return {
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
    state: (NODE_STATES as readonly string[]).includes(state) ? (state as NodeState) : "all",
    q: first(params.q).trim().slice(0, 100),
  };
}

/** The query as a /nodes URL (defaults left out), for links and the filter form. */
export function registryHref(query: RegistryQuery): string {
  const p = new URLSearchParams();
  if (query.state !== "all") p.set("state", query.state);
  if (query.q) p.set("q", query.q);
  if (query.page > 1) p.set("page", String(query.page));
  const s = p.toString();
  return s ? `/nodes?${s}` : "/nodes";
}

export type RegistryEntry = {
  state: NodeState;
  stake: StakeLike & {
    contract_id: number;
    operator_fee: number;
    operator_address: string;
    service_node_pubkey: string;
    contributors: readonly { address: string }[];
  };
};

export type RegistryPage<T> = {
  rows: T[];
  /** nodes in the registry, whatever the filter */
  total: number;
  /** nodes matching the filter */
  matched: number;
  /** 1-based, clamped to the last page */
  page: number;
  pages: number;
  /** how many nodes are in each state (for the filter's options), in NODE_STATES order */
  counts: { state: NodeState; count: number }[];
};

function matchesText(e: RegistryEntry, t: string): boolean {
  const s = e.stake;
  return (
    s.operator_address.toLowerCase().includes(t) ||
    s.service_node_pubkey.toLowerCase().includes(t) ||
    String(s.contract_id) === t.replace(/^#/, "") ||
    s.contributors.some((c) => c.address.toLowerCase().includes(t))
  );
}

/** Portal order (state rank, then timers, then fee, then id), filtered, one page of NODES_PAGE_SIZE. */
export function registryPage<T extends RegistryEntry>(entries: readonly T[], query: RegistryQuery): RegistryPage<T> {
  const sorted = [...entries].sort((a, b) => compareStakes({ ...a.stake, state: a.state, ownStake: 0n }, { ...b.stake, state: b.state, ownStake: 0n }) || a.stake.contract_id - b.stake.contract_id);
  const t = query.q.toLowerCase();
  const matched = sorted.filter((e) => (query.state === "all" || e.state === query.state) && (!t || matchesText(e, t)));
  const pages = Math.max(1, Math.ceil(matched.length / NODES_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const tally = new Map<NodeState, number>();
  for (const e of entries) tally.set(e.state, (tally.get(e.state) ?? 0) + 1);
  return {
    rows: matched.slice((page - 1) * NODES_PAGE_SIZE, page * NODES_PAGE_SIZE),
    total: entries.length,
    matched: matched.length,
    page,
    pages,
    counts: NODE_STATES.filter((s) => tally.has(s)).map((s) => ({ state: s, count: tally.get(s) ?? 0 })),
  };
}
