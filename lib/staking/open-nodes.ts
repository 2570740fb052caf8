/**
 * Sorting and filtering of the open-nodes table. Rows carry chain facts (bigints) next to the
 * backend's descriptive fields; this module decides order and visibility only.
 */
export type OpenNodeRow = {
  address: string;
  operator: string;
  status: number;
  feeBasisPoints: number;
  staked: bigint;
  remaining: bigint;
  /** null when no new contributor can join. */
  minContribution: bigint | null;
  freeSlots: bigint;
  reservedSlots: number;
  ed25519: string;
};

export const OPEN_NODE_SORT_KEYS = ["fee", "remaining", "minContribution", "staked", "freeSlots"] as const;
export type OpenNodeSortKey = (typeof OPEN_NODE_SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";

export type OpenNodeFilter = {
  /** Substring of the operator address, contract address or Ed25519 key. */
  text?: string;
  maxFeeBasisPoints?: number;
  /** Only nodes a wallet holding this much could join (minimum ≤ amount). */
  affordableWith?: bigint;
  onlyWithFreeSlots?: boolean;
};

function cmpBig(a: bigint, b: bigint): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

function sortValue(row: OpenNodeRow, key: OpenNodeSortKey): bigint {
  switch (key) {
    case "fee":
      return BigInt(row.feeBasisPoints);
    case "remaining":
      return row.remaining;
    case "minContribution":
      // closed nodes sort after every joinable one
      return row.minContribution ?? BigInt(Number.MAX_SAFE_INTEGER) ** 2n;
    case "staked":
      return row.staked;
    case "freeSlots":
      return row.freeSlots;
  }
}

export function sortOpenNodes(rows: readonly OpenNodeRow[], key: OpenNodeSortKey, direction: SortDirection): OpenNodeRow[] {
  const sign = direction === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => sign * cmpBig(sortValue(a, key), sortValue(b, key)) || a.address.localeCompare(b.address));
}

export function filterOpenNodes(rows: readonly OpenNodeRow[], f: OpenNodeFilter): OpenNodeRow[] {
  const text = f.text?.trim().toLowerCase() ?? "";
  return rows.filter((r) => {
    if (text && ![r.operator, r.address, r.ed25519].some((v) => v.toLowerCase().includes(text))) return false;
    if (f.maxFeeBasisPoints !== undefined && r.feeBasisPoints > f.maxFeeBasisPoints) return false;
    if (f.onlyWithFreeSlots && r.freeSlots === 0n) return false;
    if (f.affordableWith !== undefined && (r.minContribution === null || r.minContribution > f.affordableWith)) return false;
    return true;
  });
}
