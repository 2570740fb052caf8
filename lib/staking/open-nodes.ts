/**
 * The open-nodes table: one row per contribution contract built from the chain's facts (the
 * backend only names the contracts), which contracts are listed (spec §6.2 with the chain's own
 * status and block), and the table's sorting and filtering.
 */
import { contractDetailsPending, selectOpenContracts, type ContractDetailsLike, type ContractLike, type ContributionStatus } from "./contract-state";
import { freeSlots, minimumContribution, remainingStake, totalContributed, type ContributionSnapshot } from "./contribution";

export type OpenNodeRow = {
  address: string;
  operator: string;
  status: ContributionStatus;
  feeBasisPoints: number;
  staked: bigint;
  remaining: bigint;
  /** null when no new contributor can join. */
  minContribution: bigint | null;
  freeSlots: bigint;
  reservedSlots: number;
  ed25519: string;
  /**
   * The network has not read the contract's fee, key and activation mode yet (contractDetailsPending):
   * no contribution is offered (minContribution is null) and the fee is not shown, sorted last and
   * never passes a fee filter.
   */
  detailsPending: boolean;
  /**
   * The Arbitrum block at which the contract last opened to contributors (its latest
   * OpenForPublicContribution event; else its first event): how long it has been open, as an order.
   * A time cannot be told from blocks alone (their pace varies), so none is claimed. Null: unknown.
   */
  openedAtBlock: number | null;
};

export const OPEN_NODE_SORT_KEYS = ["fee", "remaining", "minContribution", "staked", "freeSlots", "opened"] as const;
export type OpenNodeSortKey = (typeof OPEN_NODE_SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";

export type OpenNodeFilter = {
  /** Substring of the operator address, contract address or Ed25519 key. */
  text?: string;
  maxFeeBasisPoints?: number;
  /** Only nodes a wallet holding this much could join (minimum ≤ amount). */
  affordableWith?: bigint;
  onlyWithFreeSlots?: boolean;
  /** Only nodes with at least this much room left, atomic. */
  minRemaining?: bigint;
  /** Only nodes whose minimum contribution is at most this, atomic (a closed node never passes). */
  maxMinContribution?: bigint;
};

function cmpBig(a: bigint, b: bigint): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

function sortValue(row: OpenNodeRow, key: OpenNodeSortKey): bigint {
  switch (key) {
    case "fee":
      return row.detailsPending ? BigInt(Number.MAX_SAFE_INTEGER) : BigInt(row.feeBasisPoints);
    case "remaining":
      return row.remaining;
    case "minContribution":
      // closed nodes sort after every joinable one
      return row.minContribution ?? BigInt(Number.MAX_SAFE_INTEGER) ** 2n;
    case "staked":
      return row.staked;
    case "freeSlots":
      return row.freeSlots;
    case "opened":
      // unknown last when the longest open come first
      return row.openedAtBlock === null ? BigInt(Number.MAX_SAFE_INTEGER) : BigInt(row.openedAtBlock);
  }
}

function byAddress(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

export function sortOpenNodes(rows: readonly OpenNodeRow[], key: OpenNodeSortKey, direction: SortDirection): OpenNodeRow[] {
  const sign = direction === "asc" ? 1 : -1;
  // ties by address, compared as plain strings: localeCompare sets up an ICU collator on first use
  // (about 120 ms of one render at a phone's 4x CPU slowdown, npm run bench:hydration) and hex addresses need no locale
  return [...rows].sort((a, b) => sign * cmpBig(sortValue(a, key), sortValue(b, key)) || byAddress(a.address, b.address));
}

export function filterOpenNodes(rows: readonly OpenNodeRow[], f: OpenNodeFilter): OpenNodeRow[] {
  const text = f.text?.trim().toLowerCase() ?? "";
  return rows.filter((r) => {
    if (text && ![r.operator, r.address, r.ed25519].some((v) => v.toLowerCase().includes(text))) return false;
    if (f.maxFeeBasisPoints !== undefined && (r.detailsPending || r.feeBasisPoints > f.maxFeeBasisPoints)) return false;
    if (f.onlyWithFreeSlots && r.freeSlots === 0n) return false;
    if (f.affordableWith !== undefined && (r.minContribution === null || r.minContribution > f.affordableWith)) return false;
    if (f.minRemaining !== undefined && r.remaining < f.minRemaining) return false;
    if (f.maxMinContribution !== undefined && (r.minContribution === null || r.minContribution > f.maxMinContribution)) return false;
    return true;
  });
}

/** A contribution contract as the chain reports it (lib/contracts/reads' ContributionChainState fits). */
export type ContributionChainLike = ContributionSnapshot & {
  address: string;
  status: ContributionStatus;
  operator: string;
  feeBasisPoints: number;
  /** the contract's own minimumContribution() answer; null when it reverted */
  minimumContribution: bigint | null;
};

/** What the backend says about the same contract: its key, and whether it has read its settings. */
export type ContributionApiLike = { address: string; service_node_pubkey: string; events?: readonly { name: string; block: number }[] } & ContractDetailsLike;

/** When a contract last opened to contributors: see OpenNodeRow.openedAtBlock. */
export function openedAtBlock(events: readonly { name: string; block: number }[] | undefined): number | null {
  if (!events || events.length === 0) return null;
  const opens = events.filter((e) => e.name === "OpenForPublicContribution").map((e) => e.block);
  return opens.length ? Math.max(...opens) : Math.min(...events.map((e) => e.block));
}

/** One table row: every figure from the chain, the Ed25519 key and readiness from the backend. */
export function toOpenNodeRow(api: ContributionApiLike, chain: ContributionChainLike): OpenNodeRow {
  const detailsPending = contractDetailsPending(api);
  return {
    address: api.address,
    operator: chain.operator,
    status: chain.status,
    feeBasisPoints: chain.feeBasisPoints,
    staked: totalContributed(chain),
    remaining: remainingStake(chain),
    // the contract's own answer wins; the rule is the fallback when the call could not be made
    minContribution: detailsPending ? null : (chain.minimumContribution ?? minimumContribution(chain)),
    freeSlots: freeSlots(chain),
    reservedSlots: chain.reservations.filter((r) => !r.received).length,
    ed25519: api.service_node_pubkey,
    detailsPending,
    openedAtBlock: openedAtBlock(api.events),
  };
}

export type OpenNodesInput<C extends ContractLike & ContributionApiLike> = {
  /** the backend's contract list (events, BLS keys) */
  contracts: readonly C[];
  /** the chain's state of the contracts that were read */
  chain: readonly ContributionChainLike[];
  /** live registry keys (`added_bls_keys`), any case */
  liveBlsKeys: Iterable<string>;
  /** the chain's current block, for the Joining window */
  currentL2Block: number;
  includeAwaitingOperator: boolean;
};

/**
 * The rows /stake lists: contracts the chain answered for, with the chain's status deciding
 * visibility (§6.2), in the backend's order.
 */
export function openNodeRows<C extends ContractLike & ContributionApiLike>(input: OpenNodesInput<C>): OpenNodeRow[] {
  const byAddress = new Map(input.chain.map((c) => [c.address.toLowerCase(), c]));
  const withChainStatus = input.contracts.flatMap((api) => {
    const chain = byAddress.get(api.address.toLowerCase());
    return chain ? [{ ...api, status: chain.status, chain }] : [];
  });
  const live = new Set([...input.liveBlsKeys].map((k) => k.toLowerCase()));
  return selectOpenContracts(withChainStatus, { liveBlsKeys: live, currentL2Block: input.currentL2Block, includeAwaitingOperator: input.includeAwaitingOperator }).map((l) =>
    toOpenNodeRow(l.contract, l.contract.chain),
  );
}
