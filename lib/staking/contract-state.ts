/**
 * Contribution-contract states (spec §3.1, §6.2) and which contracts the open-nodes list shows.
 */

/**
 * A contribution contract's status by name. The chain (`status()`, a uint8) and the backend
 * (`status`, 0 to 3) both carry the enum's number; decodeContributionStatus is the one place that
 * turns it into this, and nothing past the boundaries compares numbers.
 */
export type ContributionStatus =
  /** 0 WaitForOperatorContrib: created or reset; only the operator may contribute, settings editable */
  | "awaitingOperator"
  /** 1 OpenForPublicContrib: the operator is in; reserved and public contributions accepted */
  | "open"
  /** 2 WaitForFinalized: full; the operator activates it by hand */
  | "awaitingActivation"
  /** 3 Finalized: the registration went to the rewards contract */
  | "finalized";

const BY_NUMBER: readonly ContributionStatus[] = ["awaitingOperator", "open", "awaitingActivation", "finalized"];

/** The enum's number (chain or backend) to its name; null for a number the contract never stores. */
export function decodeContributionStatus(n: number): ContributionStatus | null {
  return Number.isInteger(n) ? (BY_NUMBER[n] ?? null) : null;
}

export const CONTRACT_STATUS_LABELS: Record<ContributionStatus, string> = {
  awaitingOperator: "Awaiting operator contribution",
  open: "Awaiting contributors",
  awaitingActivation: "Awaiting operator activation",
  finalized: "Joining",
};

export function contractStatusLabel(status: ContributionStatus): string {
  return CONTRACT_STATUS_LABELS[status];
}

/** Before registration: the contract still holds its contributors' SESH. */
export function isBeforeRegistration(status: ContributionStatus): boolean {
  return status !== "finalized";
}

/** What the network's row says of a contract's settings; null = not read by the network yet. */
export type ContractDetailsLike = { fee: number | null; pubkey_bls: string | null; manual_finalize: boolean | null };

/**
 * Spec §5.5, §5.9: the staking backend writes a contract's row from the factory's event before it
 * has read the contract, so its fee, BLS key and activation mode are null for a while. Until the
 * network knows them the dApp shows the contract as "details pending" and offers no contribution:
 * the network is what will register and pay the node, and it has not confirmed what it was
 * created with.
 */
export function contractDetailsPending(c: ContractDetailsLike): boolean {
  return c.fee === null || c.pubkey_bls === null || c.manual_finalize === null;
}

export const DETAILS_PENDING_LABEL = "Details pending";

/** 2 h of Arbitrum blocks at 250 ms: how long a finalised contract is shown as "Joining". */
export const JOINING_WINDOW_L2_BLOCKS = 28_800;

export type ContractEventLike = { name: string; block: number };
export type ContractLike = {
  address: string;
  status: ContributionStatus;
  pubkey_bls: string | null;
  events: readonly ContractEventLike[];
};

function newestBlockOf(events: readonly ContractEventLike[], name: string): number {
  return events.reduce((max, e) => (e.name === name && e.block > max ? e.block : max), -1);
}

function createdBlock(c: ContractLike): number {
  const created = newestBlockOf(c.events, "NewServiceNodeContributionContract");
  return created >= 0 ? created : c.events.reduce((min, e) => Math.min(min, e.block), Number.MAX_SAFE_INTEGER);
}

export type OpenListOptions = {
  /** Keys of nodes live in the registry (`added_bls_keys`), lower-case hex without 0x. */
  liveBlsKeys: ReadonlySet<string>;
  /** Current Arbitrum block, for the "Joining" window. */
  currentL2Block: number;
  /** Show status 0 ("awaiting operator") too: the page's toggle. */
  includeAwaitingOperator: boolean;
  /** Contracts where the wallet has funds stay visible (with a warning) even when superseded. */
  walletHasFundsIn?: (address: string) => boolean;
};

export type ListedContract<C extends ContractLike> = { contract: C; label: string; superseded: boolean };

/**
 * §6.2: statuses 1 and 2 listed, 0 behind the toggle, 3 only while recently finalised and not yet a
 * live node; a contract superseded by a newer one with the same BLS key, or by a live node, is
 * hidden unless the wallet still has funds in it and it is not finalised.
 */
export function selectOpenContracts<C extends ContractLike>(contracts: readonly C[], o: OpenListOptions): ListedContract<C>[] {
  const newestByKey = new Map<string, number>();
  for (const c of contracts) {
    if (!c.pubkey_bls) continue;
    const key = c.pubkey_bls.toLowerCase();
    newestByKey.set(key, Math.max(newestByKey.get(key) ?? -1, createdBlock(c)));
  }
  const out: ListedContract<C>[] = [];
  for (const c of contracts) {
    const key = c.pubkey_bls?.toLowerCase() ?? null;
    const live = key !== null && o.liveBlsKeys.has(key);
    const newer = key !== null && (newestByKey.get(key) ?? -1) > createdBlock(c);
    let show: boolean;
    if (c.status === "finalized") {
      const finalizedAt = newestBlockOf(c.events, "Finalized");
      show = !live && finalizedAt > o.currentL2Block - JOINING_WINDOW_L2_BLOCKS;
    } else if (c.status === "awaitingOperator") {
      show = o.includeAwaitingOperator;
    } else {
      show = c.status === "open" || c.status === "awaitingActivation";
    }
    const superseded = isBeforeRegistration(c.status) && (newer || live);
    if (superseded) show = o.walletHasFundsIn?.(c.address) ?? false;
    if (show) out.push({ contract: c, label: contractStatusLabel(c.status), superseded });
  }
  return out;
}
