/**
 * What the simulated Session network knows, derived from witnessed contract events (pure: no I/O).
 * The watcher feeds events in chain order with their Session height; the world keeps every node
 * (including exited ones), every contribution contract, and a rewards ledger per beneficiary that
 * accrues block by block between events.
 */
import type { Address } from "viem";
import type { G1 } from "../bls/keys";
import type { ArbitrumEventJson } from "@/lib/backend/schemas";
import { BLOCKS_PER_DAY, sessionHeightAt } from "./clock";
import { poolRewardPerBlock, splitNodeReward } from "./rewards";
import { VestingRegistry } from "./vesting";

export type Contributor = { address: Address; beneficiary: Address; amount: bigint };

/** An event as the API shows it, plus what the world needs from it. */
export type WitnessedEvent = {
  api: ArbitrumEventJson;
  /** unix seconds of its Arbitrum (devnet) block */
  timestamp: number;
  change:
    | {
        kind: "registered";
        id: number;
        blsPubkey: G1;
        blsHex: string;
        ed25519Hex: string;
        contributors: Contributor[];
        /** basis points; null for seeded nodes (the network's own record applies) */
        feeBps: number | null;
        addedTimestamp: number;
      }
    | { kind: "exitRequest"; id: number }
    | { kind: "exit"; id: number; returnedAmount: bigint }
    | { kind: "liquidated"; id: number }
    /** an event the network files under a node without it changing anything (e.g. BLSNonSignerThresholdMaxUpdated) */
    | { kind: "attached"; id: number }
    | { kind: "contribution"; contract: Address }
    | { kind: "other" };
};

export type NodeRecord = {
  id: number;
  blsPubkey: G1;
  blsHex: string;
  ed25519Hex: string;
  operator: Address;
  contributors: Contributor[];
  deposit: bigint;
  feeBps: number;
  addedTimestamp: number;
  /** Session height of the contract's addedTimestamp (seeded nodes were registered "in the past") */
  registrationHeight: number;
  /** Session height at which the network witnessed the registration: rewards start here */
  earnFromHeight: number;
  /** newest first */
  events: ArbitrumEventJson[];
  exitRequestHeight: number | null;
  removedHeight: number | null;
  liquidated: boolean;
};

export type ContributionSnapshot = {
  status: 0 | 1 | 2 | 3;
  blsHex: string | null;
  feeBps: number | null;
  manualFinalize: boolean;
  contributors: { address: Address; beneficiary: Address; amount: bigint }[];
  reserved: { address: Address; amount: bigint; received: boolean }[];
};

export type ContributionRecord = {
  address: Address;
  operator: Address;
  ed25519Hex: string;
  createdBlock: number;
  /** wall-clock ms when the network witnessed its creation (the API's "details pending" window starts there) */
  witnessedAtMs: number;
  /** newest first */
  events: ArbitrumEventJson[];
  snapshot: ContributionSnapshot | null;
};

/** Facts only the network knows, keyed by Ed25519 hex. */
export type NetworkFacts = {
  decommissioned: Set<string>;
  /** Ed25519 hex -> how many blocks before its registration was witnessed it was deregistered */
  deregisteredBlocksAgo: Map<string, number>;
  /** operator fee (basis points) of seeded nodes */
  seededFeeBps: Map<string, number>;
  /**
   * Lifetime rewards (atomic) an address earned before the devnet started, keyed by lower-case
   * address: history only the network's ledger has (what of it was claimed is on chain).
   */
  priorRewards: Map<string, bigint>;
  /** days of reward history the seeded nodes bring from before the devnet (0: none) */
  historyDays: number;
};

export type AccountLedger = {
  rewards: bigint;
  lockedLifetime: bigint;
  unlockedLifetime: bigint;
  liquidated: bigint;
  /** lifetime rewards at each Session day boundary */
  daily: { height: number; lifetime: bigint }[];
};

export class World {
  readonly nodes = new Map<number, NodeRecord>();
  readonly contracts = new Map<string, ContributionRecord>();
  readonly ledger = new Map<string, AccountLedger>();
  readonly deregistrationHeight = new Map<number, number>();
  /** the vesting contracts the network lists (its static list; beneficiaries follow the chain) */
  readonly vesting = new VestingRegistry();
  accruedHeight: number | null = null;
  poolBalance: bigint;

  constructor(
    readonly facts: NetworkFacts,
    private readonly initialPoolBalance: bigint,
  ) {
    this.poolBalance = initialPoolBalance;
    this.openPriorHistory();
  }

  private openPriorHistory(): void {
    for (const [address, rewards] of this.facts.priorRewards) this.account(address as Address).rewards += rewards;
  }

  /** Forgets everything (the chain was reverted to an earlier snapshot; the watcher replays it). */
  reset(): void {
    this.nodes.clear();
    this.contracts.clear();
    this.ledger.clear();
    this.deregistrationHeight.clear();
    this.accruedHeight = null;
    this.poolBalance = this.initialPoolBalance;
    this.historyCredited = 0n;
    this.vesting.reset();
    this.openPriorHistory();
  }

  account(address: Address): AccountLedger {
    const key = address.toLowerCase();
    let entry = this.ledger.get(key);
    if (!entry) {
      entry = { rewards: 0n, lockedLifetime: 0n, unlockedLifetime: 0n, liquidated: 0n, daily: [] };
      this.ledger.set(key, entry);
    }
    return entry;
  }

  isDecommissioned(node: NodeRecord): boolean {
    return node.removedHeight === null && this.facts.decommissioned.has(node.ed25519Hex);
  }

  deregisteredAt(node: NodeRecord): number | null {
    return this.deregistrationHeight.get(node.id) ?? null;
  }

  /** Running and earning at `height`: registered, not removed, not decommissioned or deregistered. */
  isActive(node: NodeRecord, height: number): boolean {
    if (node.removedHeight !== null || this.isDecommissioned(node)) return false;
    const dereg = this.deregisteredAt(node);
    return dereg === null || dereg > height;
  }

  liveNodes(): NodeRecord[] {
    return [...this.nodes.values()].filter((n) => n.removedHeight === null);
  }

  /** Accrues rewards for every Session block in (accruedHeight, height]. */
  accrueTo(height: number): void {
    if (this.accruedHeight === null) {
      this.accruedHeight = height;
      return;
    }
    const from = this.accruedHeight;
    this.creditBlocks(from, height, (start) => [...this.nodes.values()].filter((n) => n.earnFromHeight <= start && this.isActive(n, start)), true);
    this.accruedHeight = Math.max(from, height);
  }

  /** Network-only history credited before the devnet started (HISTORY_DAYS of the seeded nodes' rewards). */
  historyCredited = 0n;

  /**
   * The seeded nodes' rewards for `days` before their registration was witnessed, as the real
   * network would have paid them (so a newcomer's daily chart and CSV have a month of data). Same
   * per-block rule as live accrual, at the pool's current rate; pure history: the pool's balance is
   * not charged (the seeder funds the rewards contract with `historyCredited` instead).
   */
  backfillHistory(nodeIds: readonly number[], days: number): void {
    const end = this.accruedHeight;
    if (end === null || days <= 0) return;
    const nodes = nodeIds.flatMap((id) => this.nodes.get(id) ?? []);
    const earning = (start: number) => nodes.filter((n) => n.registrationHeight <= start && !this.isDecommissioned(n) && (this.deregisteredAt(n) ?? Infinity) > start);
    this.historyCredited += this.creditBlocks(end - days * BLOCKS_PER_DAY, end, earning, false);
  }

  /**
   * Credits every Session block of (from, to], a day at most per step: the pool's per-block reward
   * split evenly among the nodes `earning` lists at the step's start, each node's share split by
   * fee and stake; a day boundary records everyone's lifetime total. Returns what was credited.
   */
  private creditBlocks(from: number, to: number, earning: (start: number) => NodeRecord[], chargePool: boolean): bigint {
    let credited = 0n;
    let start = from;
    while (start < to) {
      const nextDay = (Math.floor(start / BLOCKS_PER_DAY) + 1) * BLOCKS_PER_DAY;
      const end = Math.min(to, nextDay);
      const blocks = BigInt(end - start);
      const active = earning(start);
      if (active.length > 0) {
        const perBlock = poolRewardPerBlock(this.poolBalance);
        const perNode = (perBlock / BigInt(active.length)) * blocks;
        for (const node of active) {
          for (const share of splitNodeReward(perNode, node.feeBps, node.contributors)) {
            this.account(share.beneficiary).rewards += share.amount;
            credited += share.amount;
          }
        }
        if (chargePool) this.poolBalance -= perBlock * blocks;
      }
      start = end;
      if (end === nextDay) {
        for (const entry of this.ledger.values()) {
          if (entry.rewards > 0n) entry.daily.push({ height: end, lifetime: entry.rewards });
        }
      }
    }
    return credited;
  }

  /** Applies one witnessed event at Session height `height` (accrue first). */
  apply(event: WitnessedEvent, height: number): void {
    const change = event.change;
    switch (change.kind) {
      case "registered": {
        const contributors = change.contributors;
        const node: NodeRecord = {
          id: change.id,
          blsPubkey: change.blsPubkey,
          blsHex: change.blsHex,
          ed25519Hex: change.ed25519Hex,
          operator: contributors[0]?.address ?? ("0x0000000000000000000000000000000000000000" as Address),
          contributors,
          deposit: contributors.reduce((sum, c) => sum + c.amount, 0n),
          feeBps: change.feeBps ?? this.facts.seededFeeBps.get(change.ed25519Hex) ?? 0,
          addedTimestamp: change.addedTimestamp,
          registrationHeight: Math.min(height, sessionHeightAt(change.addedTimestamp)),
          earnFromHeight: height,
          events: [event.api],
          exitRequestHeight: null,
          removedHeight: null,
          liquidated: false,
        };
        this.nodes.set(node.id, node);
        for (const c of contributors) this.account(c.beneficiary).lockedLifetime += c.amount;
        const blocksAgo = this.facts.deregisteredBlocksAgo.get(node.ed25519Hex);
        if (blocksAgo !== undefined) this.deregistrationHeight.set(node.id, Math.max(1, height - blocksAgo));
        return;
      }
      case "exitRequest": {
        const node = this.nodes.get(change.id);
        if (!node) return;
        node.events.unshift(event.api);
        node.exitRequestHeight ??= height;
        return;
      }
      case "attached": {
        this.nodes.get(change.id)?.events.unshift(event.api);
        return;
      }
      case "liquidated": {
        const node = this.nodes.get(change.id);
        if (!node) return;
        node.events.unshift(event.api);
        node.liquidated = true;
        return;
      }
      case "exit": {
        const node = this.nodes.get(change.id);
        if (!node || node.removedHeight !== null) return;
        node.events.unshift(event.api);
        node.removedHeight = height;
        const penalty = node.deposit > change.returnedAmount ? node.deposit - change.returnedAmount : 0n;
        for (const c of node.contributors) {
          const entry = this.account(c.beneficiary);
          entry.unlockedLifetime += c.amount;
          if (penalty > 0n && node.deposit > 0n) entry.liquidated += (penalty * c.amount) / node.deposit;
        }
        return;
      }
      case "contribution": {
        this.contracts.get(change.contract.toLowerCase())?.events.unshift(event.api);
        return;
      }
      case "other":
        return;
    }
  }

  /**
   * Records a contract created by the factory. Called for a whole batch of logs before its events
   * are applied, because a contract's constructor events precede the factory's event.
   */
  registerContract(address: Address, operator: Address, ed25519Hex: string, createdBlock: number, witnessedAtMs = Date.now()): void {
    if (this.contracts.has(address.toLowerCase())) return;
    this.contracts.set(address.toLowerCase(), { address, operator, ed25519Hex, createdBlock, witnessedAtMs, events: [], snapshot: null });
  }

  nodeByEd25519(ed25519Hex: string): NodeRecord | undefined {
    // newest registration wins if a key was re-registered after an exit
    return [...this.nodes.values()].reverse().find((n) => n.ed25519Hex === ed25519Hex);
  }

  /** The most recently created contribution contract for a key (spec §5.2). */
  contractByEd25519(ed25519Hex: string): ContributionRecord | undefined {
    return [...this.contracts.values()]
      .filter((c) => c.ed25519Hex === ed25519Hex)
      .sort((a, b) => b.createdBlock - a.createdBlock)[0];
  }
}
