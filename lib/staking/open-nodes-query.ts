/**
 * /stake's list as its URL says: sort, direction, search, fee ceiling, free slots only, within the
 * wallet's balance, and whether nodes awaiting their operator are shown. The server sorts and
 * filters (lib/staking/open-nodes.ts) and renders the rows; the controls only change the URL.
 * Anything unknown in the URL falls back to the default, never to an error.
 */
import { OPEN_NODE_SORT_KEYS, type OpenNodeSortKey, type SortDirection } from "./open-nodes";

export type OpenNodesQuery = {
  sort: OpenNodeSortKey;
  dir: SortDirection;
  q: string;
  /** basis points; null = any fee */
  maxFee: number | null;
  free: boolean;
  affordable: boolean;
  /** show contracts awaiting their operator (status 0) too */
  all: boolean;
  /** whole SESH; null = any room left */
  room: number | null;
  /** whole SESH; null = any minimum contribution */
  min: number | null;
  /** whole SESH a contributor considers staking: each row then shows its estimated yearly earnings; null = none */
  est: number | null;
};

export const DEFAULT_OPEN_NODES_QUERY: OpenNodesQuery = { sort: "remaining", dir: "desc", q: "", maxFee: null, free: false, affordable: false, all: false, room: null, min: null, est: null };

/** The largest amount the estimate takes, whole SESH (far above any node's requirement). */
export const MAX_ESTIMATE_SESH = 100_000_000;

/** The fee ceilings the list offers, in basis points. */
export const FEE_CEILINGS = [500, 1_000, 2_000] as const;

/** The list's "room left at least" and "minimum contribution at most" choices, whole SESH. */
export const ROOM_FLOORS = [1_000, 5_000, 10_000] as const;
export const MIN_CEILINGS = [100, 1_000, 5_000] as const;

/** Sorting by these starts with the lowest first (a low fee or minimum is what a staker looks for; the earliest opened has waited longest). */
const ASCENDING_FIRST: readonly OpenNodeSortKey[] = ["fee", "minContribution", "opened"];

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function parseOpenNodesQuery(params: Params): OpenNodesQuery {
  const sort = one(params.sort);
  const dir = one(params.dir);
  const maxFee = Number(one(params.fee));
  const key = (OPEN_NODE_SORT_KEYS as readonly string[]).includes(sort ?? "") ? (sort as OpenNodeSortKey) : DEFAULT_OPEN_NODES_QUERY.sort;
  return {
    sort: key,
    dir: dir === "asc" || dir === "desc" ? dir : ASCENDING_FIRST.includes(key) ? "asc" : "desc",
    q: (one(params.q) ?? "").trim().slice(0, 100),
    maxFee: (FEE_CEILINGS as readonly number[]).includes(maxFee) ? maxFee : null,
    free: one(params.free) === "1",
    affordable: one(params.affordable) === "1",
    all: one(params.all) === "1",
    room: choice(ROOM_FLOORS, one(params.room)),
    min: choice(MIN_CEILINGS, one(params.min)),
    est: wholeSesh(one(params.est)),
  };
}

/** A whole number of SESH from 1 to MAX_ESTIMATE_SESH, or null. */
function wholeSesh(text: string | undefined): number | null {
  if (!text || !/^\d{1,9}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= MAX_ESTIMATE_SESH ? n : null;
}

/** One of the offered values, or null for anything else (never an error). */
function choice(offered: readonly number[], text: string | undefined): number | null {
  const n = Number(text);
  return text !== undefined && offered.includes(n) ? n : null;
}

/** The query string of a query, defaults left out ("" for the default list). */
export function openNodesSearch(q: OpenNodesQuery): string {
  const p = new URLSearchParams();
  const defaultDir = ASCENDING_FIRST.includes(q.sort) ? "asc" : "desc";
  if (q.sort !== DEFAULT_OPEN_NODES_QUERY.sort) p.set("sort", q.sort);
  if (q.dir !== defaultDir) p.set("dir", q.dir);
  if (q.q) p.set("q", q.q);
  if (q.maxFee !== null) p.set("fee", String(q.maxFee));
  if (q.free) p.set("free", "1");
  if (q.affordable) p.set("affordable", "1");
  if (q.all) p.set("all", "1");
  if (q.room !== null) p.set("room", String(q.room));
  if (q.min !== null) p.set("min", String(q.min));
  if (q.est !== null) p.set("est", String(q.est));
  const s = p.toString();
  return s ? `?${s}` : "";
}

/** The query after a tap on a column header: the same column flips its direction, another starts at its natural one. */
export function sortedBy(q: OpenNodesQuery, key: OpenNodeSortKey): OpenNodesQuery {
  if (key === q.sort) return { ...q, dir: q.dir === "asc" ? "desc" : "asc" };
  return { ...q, sort: key, dir: ASCENDING_FIRST.includes(key) ? "asc" : "desc" };
}
