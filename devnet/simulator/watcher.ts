/**
 * Witnesses the devnet chain: polls for new blocks (every 500 ms by default), decodes the rewards
 * contract's, the factory's and every factory-made contribution contract's events, and feeds them
 * to the World in chain order with the Session height of their block. Also keeps the devnet clock:
 * chain time advances with wall time between blocks and jumps with evm_increaseTime.
 */
import { decodeEventLog, getAddress, type Abi, type Address, type Log } from "viem";
import { serviceNodeContributionAbi } from "@/lib/contracts/abi/serviceNodeContribution";
import { serviceNodeContributionFactoryAbi } from "@/lib/contracts/abi/serviceNodeContributionFactory";
import { serviceNodeRewardsAbi } from "@/lib/contracts/abi/serviceNodeRewards";
import { tokenVestingStakingAbi } from "@/lib/contracts/abi/tokenVestingStaking";
import { g1ToBlsPubkeyHex, uint256ToEd25519Hex } from "@/lib/contracts/encoders";
import { arbitrumEventNames, type ArbitrumEventJson } from "@/lib/backend/schemas";
import { readContributionSnapshot, readServiceNodeAt, type ChainContext } from "./chain";
import { sessionHeightAt } from "./clock";
import type { Contributor, WitnessedEvent, World } from "./world";

type Decoded = { eventName: string; args: Record<string, unknown> };

const UNKNOWN_TO_CLIENTS = "BLSNonSignerThresholdMaxUpdated";
type G1Arg = { X: bigint; Y: bigint };
type ContributorArg = { staker: { addr: Address; beneficiary: Address }; stakedAmount: bigint };

/**
 * Events the network records: the portal's list plus BLSNonSignerThresholdMaxUpdated, which the
 * real backend also stores and attaches to the node whose id equals its argument (spec §5.5) —
 * a name clients do not know, so they must ignore it rather than fail.
 */
const recordedNames = new Set<string>([...arbitrumEventNames, UNKNOWN_TO_CLIENTS]);

function decode(abi: Abi, log: Log): Decoded | null {
  try {
    const d = decodeEventLog({ abi, data: log.data, topics: log.topics });
    return { eventName: d.eventName ?? "", args: (d.args ?? {}) as Record<string, unknown> };
  } catch {
    return null; // not one of this contract's events (e.g. a token Transfer): not witnessed
  }
}

function toContributors(list: readonly ContributorArg[]): Contributor[] {
  return list.map((c) => ({ address: c.staker.addr, beneficiary: c.staker.beneficiary, amount: c.stakedAmount }));
}

export class Watcher {
  lastBlock = -1n;
  private lastBlockHash: string | null = null;
  private lastErrorLogged = 0;
  private lastBlockTimestamp = 0;
  private clockOffset = 0;
  private queue: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private readonly blockTimes = new Map<bigint, number>();

  constructor(
    private readonly ctx: ChainContext,
    private readonly world: World,
    private readonly onError: (error: unknown) => void = (e) => console.error("[simulator] watching the chain failed:", e instanceof Error ? e.message : e),
  ) {}

  /** Devnet "now" in unix seconds: the latest block's time plus the wall time since we saw it. */
  chainNow(): number {
    return Math.max(this.lastBlockTimestamp, Math.floor(Date.now() / 1000) + this.clockOffset);
  }

  sessionHeight(): number {
    return sessionHeightAt(this.chainNow());
  }

  /** Catches up with the chain; concurrent callers share one queue so events apply once, in order. */
  sync(): Promise<void> {
    const next = this.queue.then(() => this.pollOnce());
    this.queue = next.catch(() => undefined);
    return next;
  }

  start(intervalMs = 500): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.sync().catch((error: unknown) => {
        // one line per 10 s at most while the chain is unreachable
        if (Date.now() - this.lastErrorLogged > 10_000) {
          this.lastErrorLogged = Date.now();
          this.onError(error);
        }
      });
    }, intervalMs);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async blockTime(blockNumber: bigint): Promise<number> {
    const cached = this.blockTimes.get(blockNumber);
    if (cached !== undefined) return cached;
    const block = await this.ctx.publicClient.getBlock({ blockNumber });
    const ts = Number(block.timestamp);
    this.blockTimes.set(blockNumber, ts);
    return ts;
  }

  private async pollOnce(): Promise<void> {
    const { publicClient } = this.ctx;
    const latest = await publicClient.getBlock({ blockTag: "latest" });
    const latestNumber = latest.number;
    if (await this.chainWasReverted(latestNumber, latest.hash)) {
      // evm_revert to a snapshot (e.g. by a test): forget and replay the chain from genesis
      this.world.reset();
      this.lastBlock = -1n;
      this.lastBlockHash = null;
      this.lastBlockTimestamp = 0;
      this.blockTimes.clear();
    }
    if (latestNumber > this.lastBlock) {
      const logs = await publicClient.getLogs({ fromBlock: this.lastBlock + 1n, toBlock: latestNumber });
      await this.witness(logs);
      this.lastBlock = latestNumber;
      this.lastBlockHash = latest.hash;
      this.lastBlockTimestamp = Number(latest.timestamp);
      this.clockOffset = Number(latest.timestamp) - Math.floor(Date.now() / 1000);
    }
    this.world.accrueTo(this.sessionHeight());
  }

  private async chainWasReverted(latestNumber: bigint, latestHash: string | null): Promise<boolean> {
    if (this.lastBlock < 0n || this.lastBlockHash === null) return false;
    if (latestNumber < this.lastBlock) return true;
    if (latestNumber === this.lastBlock) return latestHash !== this.lastBlockHash;
    const seen = await this.ctx.publicClient.getBlock({ blockNumber: this.lastBlock });
    return seen.hash !== this.lastBlockHash;
  }

  private async witness(logs: Log[]): Promise<void> {
    const { addresses } = this.ctx;
    const rewards = addresses.rewards.toLowerCase();
    const factory = addresses.factory.toLowerCase();
    const touched = new Set<Address>();

    // Contracts made in this batch first: their constructor events precede the factory's event.
    for (const log of logs) {
      if (log.address.toLowerCase() !== factory) continue;
      const d = decode(serviceNodeContributionFactoryAbi, log);
      if (d?.eventName !== "NewServiceNodeContributionContract") continue;
      const a = d.args as { contributorContract: Address; serviceNodePubkey: bigint; operator: Address };
      this.world.registerContract(getAddress(a.contributorContract), getAddress(a.operator), uint256ToEd25519Hex(a.serviceNodePubkey), Number(log.blockNumber));
    }

    // a listed vesting contract's new beneficiary: the one change the backend follows (spec Appendix C.1)
    for (const log of logs) {
      if (!this.world.vesting.has(log.address)) continue;
      const d = decode(tokenVestingStakingAbi, log);
      if (d?.eventName === "BeneficiaryTransferred") this.world.vesting.transferred(log.address, d.args.newBeneficiary as Address);
    }

    const relevant = logs.filter((log) => {
      const a = log.address.toLowerCase();
      return a === rewards || a === factory || this.world.contracts.has(a);
    });
    await Promise.all([...new Set(relevant.map((l) => l.blockNumber ?? 0n))].map((b) => this.blockTime(b)));

    const seeded: number[] = [];
    for (const log of relevant) {
      const address = log.address.toLowerCase();
      const abi: Abi = address === rewards ? serviceNodeRewardsAbi : address === factory ? serviceNodeContributionFactoryAbi : serviceNodeContributionAbi;
      const d = decode(abi, log);
      if (!d || !recordedNames.has(d.eventName)) continue;
      const blockNumber = log.blockNumber ?? 0n;
      const timestamp = await this.blockTime(blockNumber);
      const event = await this.toWitnessed(d, log, address, timestamp);
      if (!event) continue;
      if (event.change.kind === "contribution") touched.add(event.change.contract);
      const height = sessionHeightAt(timestamp);
      this.world.accrueTo(height);
      this.world.apply(event, Math.max(height, this.world.accruedHeight ?? height));
      if (event.change.kind === "registered" && event.change.feeBps === null) seeded.push(event.change.id);
    }
    // the seeded nodes arrive in one batch (seedPublicKeyList): their history is credited once, for all
    if (seeded.length > 0) this.world.backfillHistory(seeded, this.world.facts.historyDays);

    await Promise.all(
      [...touched].map(async (address) => {
        const record = this.world.contracts.get(address.toLowerCase());
        if (record) record.snapshot = await readContributionSnapshot(this.ctx, record.address);
      }),
    );
  }

  private async toWitnessed(d: Decoded, log: Log, address: string, timestamp: number): Promise<WitnessedEvent | null> {
    const name = d.eventName;
    const args = d.args;
    const isRewards = address === this.ctx.addresses.rewards.toLowerCase();
    const isFactory = address === this.ctx.addresses.factory.toLowerCase();
    // the backend keys a rewards-contract event by its first argument: the node id, or the new max
    const id = isRewards && typeof args.serviceNodeID === "bigint" ? args.serviceNodeID : isRewards && typeof args.newMax === "bigint" ? args.newMax : null;
    const mainArg = id !== null ? id.toString() : isFactory ? getAddress(String(args.contributorContract)) : isRewards ? null : getAddress(address);
    const api: ArbitrumEventJson = {
      // bigints stay bigints: the server writes them as JSON numbers, as the backend does
      args,
      block: Number(log.blockNumber ?? 0n),
      log_index: log.logIndex ?? 0,
      main_arg: mainArg,
      name,
      tx: log.transactionHash ?? "",
    };

    if (!isRewards) {
      return { api, timestamp, change: { kind: "contribution", contract: getAddress(isFactory ? String(args.contributorContract) : address) } };
    }
    if (id === null) return { api, timestamp, change: { kind: "other" } };
    const nodeId = Number(id);
    switch (name) {
      case "NewSeededServiceNode": {
        const key = args.blsPubkey as G1Arg;
        const stored = await readServiceNodeAt(this.ctx, id, log.blockNumber ?? 0n);
        return {
          api,
          timestamp,
          change: {
            kind: "registered",
            id: nodeId,
            blsPubkey: { X: key.X, Y: key.Y },
            blsHex: g1ToBlsPubkeyHex(key),
            ed25519Hex: uint256ToEd25519Hex(args.ed25519Pubkey as bigint),
            contributors: toContributors(stored.contributors),
            feeBps: null,
            addedTimestamp: Number(stored.addedTimestamp),
          },
        };
      }
      case "NewServiceNodeV2": {
        const key = args.pubkey as G1Arg;
        const params = args.serviceNode as { serviceNodePubkey: bigint; fee: number };
        return {
          api,
          timestamp,
          change: {
            kind: "registered",
            id: nodeId,
            blsPubkey: { X: key.X, Y: key.Y },
            blsHex: g1ToBlsPubkeyHex(key),
            ed25519Hex: uint256ToEd25519Hex(params.serviceNodePubkey),
            contributors: toContributors(args.contributors as ContributorArg[]),
            feeBps: Number(params.fee),
            addedTimestamp: timestamp,
          },
        };
      }
      case "ServiceNodeExitRequest":
        return { api, timestamp, change: { kind: "exitRequest", id: nodeId } };
      case "ServiceNodeExit":
        return { api, timestamp, change: { kind: "exit", id: nodeId, returnedAmount: args.returnedAmount as bigint } };
      case "ServiceNodeLiquidated":
        return { api, timestamp, change: { kind: "liquidated", id: nodeId } };
      case UNKNOWN_TO_CLIENTS:
        return { api, timestamp, change: { kind: "attached", id: nodeId } };
      default:
        return { api, timestamp, change: { kind: "other" } };
    }
  }
}
