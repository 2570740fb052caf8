/**
 * The watchlist: any addresses a visitor follows, kept in their browser only (localStorage; no
 * account, nothing stored on a server), each opened on its /address overview with its attention
 * list. What an overview looked like at the last visit is kept beside it, so the next visit can say
 * what changed. Pure: parsing the stored text, adding and removing, and comparing two snapshots.
 */
import { formatSesh } from "./amounts";

export const WATCHLIST_STORAGE_KEY = "watchlist";
/** Enough for an operator's fleet; a bound keeps the stored text and the page small. */
export const WATCHLIST_MAX = 50;

/** An overview as it matters between visits: each node's and contract's state, what is claimable, what needs attention. */
export type WatchSnapshot = {
  nodes: Record<string, string>;
  contracts: Record<string, string>;
  /** atomic SESH as decimal text (JSON has no bigint); null when unknown */
  claimable: string | null;
  attention: string[];
};

export type Watchlist = { addresses: string[]; seen: Record<string, WatchSnapshot> };

/*
 * Checked by hand rather than with zod: this runs in the browser on every overview, where zod would
 * add its weight to the page and probe for eval, which the CSP forbids (see lib/backend/scalars.ts).
 */
const isAddressText = (v: unknown): v is string => typeof v === "string" && /^0x[0-9a-fA-F]{40}$/.test(v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isStringRecord = (v: unknown): v is Record<string, string> => isRecord(v) && Object.values(v).every((x) => typeof x === "string");
const isSnapshot = (v: unknown): v is WatchSnapshot =>
  isRecord(v) &&
  isStringRecord(v.nodes) &&
  isStringRecord(v.contracts) &&
  (v.claimable === null || (typeof v.claimable === "string" && /^\d+$/.test(v.claimable))) &&
  Array.isArray(v.attention) &&
  v.attention.every((x) => typeof x === "string");

const key = (address: string) => address.toLowerCase();
const EMPTY: Watchlist = { addresses: [], seen: {} };

/** The stored text, or an empty list when it is missing or not ours (never an error). */
export function parseWatchlist(text: string | null): Watchlist {
  if (!text) return EMPTY;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return EMPTY;
  }
  if (!isRecord(v) || !Array.isArray(v.addresses) || v.addresses.length > WATCHLIST_MAX || !v.addresses.every(isAddressText) || !isRecord(v.seen)) return EMPTY;
  if (!Object.values(v.seen).every(isSnapshot)) return EMPTY;
  return { addresses: v.addresses, seen: v.seen as Record<string, WatchSnapshot> };
}

export function isWatched(list: Watchlist, address: string): boolean {
  return list.addresses.some((a) => key(a) === key(address));
}

/** `address` added (first seen now), unless already there or the list is full. */
export function watch(list: Watchlist, address: string, snapshot: WatchSnapshot): Watchlist {
  if (isWatched(list, address) || list.addresses.length >= WATCHLIST_MAX || !isAddressText(address)) return list;
  return { addresses: [...list.addresses, address], seen: { ...list.seen, [key(address)]: snapshot } };
}

export function unwatch(list: Watchlist, address: string): Watchlist {
  const seen = { ...list.seen };
  delete seen[key(address)];
  return { addresses: list.addresses.filter((a) => key(a) !== key(address)), seen };
}

/** The overview seen now, remembered for the next visit. */
export function markSeen(list: Watchlist, address: string, snapshot: WatchSnapshot): Watchlist {
  return isWatched(list, address) ? { ...list, seen: { ...list.seen, [key(address)]: snapshot } } : list;
}

export function lastSeen(list: Watchlist, address: string): WatchSnapshot | null {
  return list.seen[key(address)] ?? null;
}

const short = (a: string) => `${a.slice(0, 6)}…${a.slice(-4)}`;

function compareStates(before: Record<string, string>, now: Record<string, string>, name: (id: string) => string): string[] {
  const out: string[] = [];
  for (const [id, state] of Object.entries(now)) {
    const was = before[id];
    if (was === undefined) out.push(`${name(id)} is new here (${state}).`);
    else if (was !== state) out.push(`${name(id)}: ${was} → ${state}.`);
  }
  for (const id of Object.keys(before)) if (!(id in now)) out.push(`${name(id)} is no longer listed.`);
  return out;
}

/** What changed between the last visit and now, one sentence each (empty: nothing). */
export function changesSince(before: WatchSnapshot, now: WatchSnapshot, attentionLabel: (kind: string) => string = (k) => k): string[] {
  const out = [...compareStates(before.nodes, now.nodes, (id) => `Node #${id}`), ...compareStates(before.contracts, now.contracts, (a) => `Contribution contract ${short(a)}`)];
  if (before.claimable !== null && now.claimable !== null && before.claimable !== now.claimable) {
    const [b, n] = [BigInt(before.claimable), BigInt(now.claimable)];
    out.push(`Claimable ${n > b ? "rose" : "fell"} from ${formatSesh(b)} to ${formatSesh(n)} SESH.`);
  }
  for (const kind of now.attention) if (!before.attention.includes(kind)) out.push(`Needs attention now: ${attentionLabel(kind)}.`);
  return out;
}
