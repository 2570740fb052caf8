/**
 * The network simulator: the World kept current by the Watcher, the network's signatures, the
 * prepared registrations and the devnet controls, behind the methods the HTTP server routes to.
 * Methods return plain JSON-ready objects (bigints for amounts and ids, written as JSON numbers by
 * the server) or throw HttpError(status, sentence). Like the real backend, some answers leave out
 * the informational fields newer revisions add: no `aggregate_pubkey` on a rewards signature, no
 * `msg_to_sign` on an exit signature (a liquidation keeps it, so clients meet both shapes).
 */
import { createTestClient, getAddress, http, isAddress, parseEther, toHex, type Address } from "viem";
import { rewardRatePoolAbi } from "@/lib/contracts/abi/rewardRatePool";
import { mintSeshCall } from "../token-supply";
import { devnetChain } from "../deploy";
import { exitMessage, liquidateMessage, rewardMessage } from "../bls/messages";
import { devnetNodeKeys } from "../node-keys";
import { prepareRegistration, type PreparedRegistration } from "../registrations";
import { hardhatAddress } from "../accounts";
import {
  DECOMMISSIONED_NODES,
  DEREGISTERED_NODES,
  FAUCET_SESH,
  FIRST_FREE_NODE_INDEX,
  PRIOR_HISTORY,
  REWARD_HISTORY_DAYS,
  SEEDED_NODES,
} from "../world-plan";
import {
  contributionContractJson,
  dailyRewardsJson,
  isContributorOf,
  isInvolvedInContract,
  networkInfoJson,
  removalOptions,
  rewardsInfoJson,
  signableAmount,
  stakeJson,
  timelockedStake,
} from "./api-shape";
import { readLiveSet, readNetworkParams, readRecipient, readTags, type ChainContext, type Tags } from "./chain";
import { EXIT_GRACE_BLOCKS, EXIT_UNLOCK_BLOCKS } from "./clock";
import { Keystore, signAsNetwork, type LiveNode, type NetworkSignature } from "./signer";
import type { VestingRow } from "./vesting";
import { Watcher } from "./watcher";
import { World, type ContributionRecord, type NetworkFacts, type NodeRecord } from "./world";
import { ATOMIC_PER_SESH } from "@/lib/staking/amounts";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}


export function parseAddressParam(text: string): Address {
  if (!/^0x[0-9a-fA-F]{40}$/.test(text)) throw new HttpError(400, `"${text}" is not an Ethereum address (0x followed by 40 hex digits).`);
  if (!isAddress(text, { strict: true })) throw new HttpError(400, `"${text}" has an invalid EIP-55 checksum.`);
  return getAddress(text);
}

export function parseEd25519Param(text: string): string {
  if (!/^[0-9a-fA-F]{64}$/.test(text)) throw new HttpError(400, `"${text}" is not an Ed25519 node key (64 hex digits).`);
  return text.toLowerCase();
}

/** The network-only facts of the seeded world (world-plan.ts), keyed by Ed25519 hex. */
export function seededNetworkFacts(): NetworkFacts {
  return {
    decommissioned: new Set(DECOMMISSIONED_NODES.map((n) => devnetNodeKeys(n).ed25519Hex)),
    deregisteredBlocksAgo: new Map(DEREGISTERED_NODES.map((d) => [devnetNodeKeys(d.node).ed25519Hex, d.blocksAgo])),
    seededFeeBps: new Map(SEEDED_NODES.map((n) => [devnetNodeKeys(n.node).ed25519Hex, n.feeBps])),
    priorRewards: new Map(PRIOR_HISTORY.map((h) => [hardhatAddress(h.account).toLowerCase(), h.lifetimeRewards])),
    historyDays: REWARD_HISTORY_DAYS,
  };
}

export type SimulatorOptions = {
  /**
   * How long a contract created while the simulator runs is listed with its fee, BLS key and
   * activation mode still null, as the real backend lists a contract it has not read yet (spec
   * §5.9). Short, so the e2e suite rarely waits on it; 0 turns it off. Seeded contracts are never
   * pending. Default DEFAULT_CONTRACT_DETAILS_DELAY_MS.
   */
  contractDetailsDelayMs?: number;
};

/** The devnet's default "details pending" window for a new contribution contract. */
export const DEFAULT_CONTRACT_DETAILS_DELAY_MS = 1_000;

export class BackendSimulator {
  readonly watcher: Watcher;
  /** wall-clock ms when the simulator began serving live (start()); contracts witnessed before are the seeded world */
  private liveSinceMs: number | null = null;
  /**
   * Per contract, or per operator for every contract it creates (lower-case address): details
   * pending until this wall-clock ms (POST /devnet/contract-details); a contract's own entry wins.
   */
  private readonly detailsHeldUntil = new Map<string, number>();
  private readonly keystore = new Keystore(FIRST_FREE_NODE_INDEX - 1);
  private readonly registrations: PreparedRegistration[] = [];
  private nextRegistrationIndex = FIRST_FREE_NODE_INDEX;
  private writes: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly ctx: ChainContext,
    readonly world: World,
    readonly tags: Tags,
    private readonly params: { stakingRequirement: bigint; maxContributors: number },
    private readonly contractDetailsDelayMs: number,
  ) {
    this.watcher = new Watcher(ctx, world);
  }

  static async create(ctx: ChainContext, facts: NetworkFacts = seededNetworkFacts(), options: SimulatorOptions = {}): Promise<BackendSimulator> {
    const [tags, params] = await Promise.all([readTags(ctx), readNetworkParams(ctx)]);
    const delay = options.contractDetailsDelayMs ?? DEFAULT_CONTRACT_DETAILS_DELAY_MS;
    const sim = new BackendSimulator(ctx, new World(facts, params.poolDeposited), tags, params, delay);
    await sim.watcher.sync();
    return sim;
  }

  start(): void {
    this.liveSinceMs = Date.now();
    this.watcher.start(500);
  }

  stop(): void {
    this.watcher.stop();
  }

  sync(): Promise<void> {
    return this.watcher.sync();
  }

  private height(): number {
    return Math.max(this.watcher.sessionHeight(), this.world.accruedHeight ?? 0);
  }

  private envelope() {
    const height = this.height();
    return {
      network: networkInfoJson(this.world, height, { ...this.params, l2Height: Number(this.watcher.lastBlock) }),
      // devnet time: runs ahead of wall time once the chain has been advanced
      t: this.watcher.chainNow(),
    };
  }

  private blsKeyIds(): Record<string, number> {
    return Object.fromEntries(this.world.liveNodes().map((n) => [n.blsHex, n.id]));
  }

  // ---- API (spec §5.2) ----

  info() {
    return this.envelope();
  }

  nodes() {
    const height = this.height();
    return { ...this.envelope(), nodes: [...this.world.nodes.values()].filter((n) => n.removedHeight === null).map((n) => stakeJson(this.world, n, height)) };
  }

  nodesBls() {
    return { ...this.envelope(), bls_keys: this.blsKeyIds() };
  }

  stakes(addressText: string) {
    const address = parseAddressParam(addressText);
    const height = this.height();
    return {
      ...this.envelope(),
      stakes: [...this.world.nodes.values()].filter((n) => isContributorOf(n, address)).map((n) => stakeJson(this.world, n, height)),
      contracts: [...this.world.contracts.values()].filter((c) => isInvolvedInContract(c, address)).map((r) => this.contractJson(r)),
      vesting: this.world.vesting.forBeneficiary(address),
      added_bls_keys: this.blsKeyIds(),
    };
  }

  async rewards(addressText: string) {
    const address = parseAddressParam(addressText);
    const { claimed } = await readRecipient(this.ctx, address);
    const entry = this.world.ledger.get(address.toLowerCase());
    return { ...this.envelope(), rewards: rewardsInfoJson(entry, claimed, timelockedStake(this.world, address, this.height())) };
  }

  async rewardsSignature(addressText: string) {
    const address = parseAddressParam(addressText);
    await this.sync();
    const amount = signableAmount(this.world.ledger.get(address.toLowerCase()));
    if (amount === 0n) throw new HttpError(404, `The network has no rewards for ${address}.`);
    const message = rewardMessage(this.tags.reward, address, amount);
    const sig = await this.signAsNetwork(message);
    return {
      ...this.envelope(),
      rewards: {
        // no aggregate_pubkey: oxend dev b208672's reply has none, and the field is informational
        amount,
        height: this.world.accruedHeight ?? this.height(),
        msg_to_sign: toHex(message).slice(2),
        non_signer_indices: sig.nonSignerIds,
        signature: sig.signature,
      },
    };
  }

  dailyRewards(addressText: string) {
    const address = parseAddressParam(addressText);
    return { ...this.envelope(), rewards: dailyRewardsJson(this.world.ledger.get(address.toLowerCase())) };
  }

  private removableNode(ed25519Text: string, kind: "exit" | "liquidation"): NodeRecord {
    const ed25519 = parseEd25519Param(ed25519Text);
    const node = this.world.nodeByEd25519(ed25519);
    if (!node) throw new HttpError(404, `No node with key ${ed25519} is known to the network.`);
    if (!removalOptions(this.world, node, this.height())[kind]) {
      throw new HttpError(404, `Node ${node.id} is not in the network's ${kind} list.`);
    }
    return node;
  }

  async exit(ed25519Text: string) {
    await this.sync();
    const node = this.removableNode(ed25519Text, "exit");
    return { ...this.envelope(), result: await this.signRemoval(node, "exit") };
  }

  async liquidation(ed25519Text: string) {
    await this.sync();
    const node = this.removableNode(ed25519Text, "liquidation");
    return { ...this.envelope(), result: await this.signRemoval(node, "liquidation") };
  }

  exitLiquidationList() {
    const height = this.height();
    const result = this.world.liveNodes().flatMap((node) => {
      const options = removalOptions(this.world, node, height);
      if (!options.exit && !options.liquidation) return [];
      const dereg = this.world.deregisteredAt(node);
      const exitHeight = dereg ?? (node.exitRequestHeight ?? height) + EXIT_UNLOCK_BLOCKS;
      return [
        {
          info: { bls_public_key: node.blsHex },
          height: exitHeight,
          liquidation_height: dereg ?? exitHeight + EXIT_GRACE_BLOCKS,
          service_node_pubkey: node.ed25519Hex,
          type: dereg !== null ? "deregister" : "exit",
          // a uint8 in oxend's answer, not a string
          version: 1,
        },
      ];
    });
    return { ...this.envelope(), result };
  }

  registrationsFor(keyText: string) {
    let match: (r: PreparedRegistration) => boolean;
    if (/^0x/i.test(keyText)) {
      const operator = parseAddressParam(keyText).toLowerCase();
      match = (r) => r.operator.toLowerCase() === operator;
    } else {
      const ed25519 = parseEd25519Param(keyText);
      match = (r) => r.pubkey_ed25519 === ed25519;
    }
    return { ...this.envelope(), registrations: this.registrations.filter(match).reverse() };
  }

  /** True while the API lists the contract as the real backend lists one it has not read yet. */
  private detailsPending(record: ContributionRecord): boolean {
    const now = Date.now();
    const held = this.detailsHeldUntil.get(record.address.toLowerCase()) ?? this.detailsHeldUntil.get(record.operator.toLowerCase());
    if (held !== undefined && now < held) return true;
    return this.liveSinceMs !== null && record.witnessedAtMs >= this.liveSinceMs && now < record.witnessedAtMs + this.contractDetailsDelayMs;
  }

  private contractJson(record: ContributionRecord) {
    return contributionContractJson(record, this.detailsPending(record));
  }

  contributionContracts() {
    return { ...this.envelope(), contracts: [...this.world.contracts.values()].map((r) => this.contractJson(r)), added_bls_keys: this.blsKeyIds() };
  }

  contributionContract(ed25519Text: string) {
    const record = this.world.contractByEd25519(parseEd25519Param(ed25519Text));
    return { ...this.envelope(), contract: record ? this.contractJson(record) : null };
  }

  // ---- devnet controls ----

  /** The vesting contracts' list, as the real backend loads its CSV at start (spec Appendix C.1). */
  loadVestingContracts(rows: readonly VestingRow[]): void {
    this.world.vesting.load(rows);
  }

  /**
   * Lists a contract (or every contract `operator` has created or creates) with its details pending
   * (fee, BLS key and activation mode null) for the next `seconds`, as the real backend does until
   * it has read a new contract; 0 lets them go. For tests of what the dApp offers meanwhile.
   */
  holdContractDetails(target: { address?: unknown; operator?: unknown }, seconds: number) {
    if (!Number.isFinite(seconds) || seconds < 0 || seconds > 3600) throw new HttpError(400, "pendingSeconds must be a number between 0 and 3600.");
    const until = Date.now() + seconds * 1000;
    if (typeof target.operator === "string") {
      const operator = parseAddressParam(target.operator);
      this.detailsHeldUntil.set(operator.toLowerCase(), until);
      return { operator, details_pending_until_ms: until };
    }
    if (typeof target.address !== "string") throw new HttpError(400, 'Send { "address": "0x…" } or { "operator": "0x…" } with "pendingSeconds".');
    const address = parseAddressParam(target.address);
    const record = this.world.contracts.get(address.toLowerCase());
    if (!record) throw new HttpError(404, `The network has not witnessed a contribution contract at ${address}.`);
    this.detailsHeldUntil.set(address.toLowerCase(), until);
    return { address, details_pending_until_ms: until };
  }

  /** Prepares keys for a new node of `operator` (listed by /registrations/<operator>). */
  prepareRegistration(operatorText: string): PreparedRegistration {
    const operator = parseAddressParam(operatorText);
    const index = this.nextRegistrationIndex++;
    this.keystore.ensure(index);
    const registration = prepareRegistration(index, operator, this.tags.pop, this.tags.hashToG2, this.watcher.chainNow());
    this.registrations.push(registration);
    return registration;
  }

  /** Moves chain time (and so the Session height) forward, releases the pool's rewards, witnesses. */
  async advance(seconds: number) {
    if (!Number.isInteger(seconds) || seconds <= 0 || seconds > 10 * 365 * 86_400) {
      throw new HttpError(400, "seconds must be a whole number between 1 and 315360000.");
    }
    await this.serialWrite(async () => {
      const test = createTestClient({ chain: devnetChain, mode: "hardhat", transport: http(this.ctx.rpcUrl) });
      await test.increaseTime({ seconds });
      await test.mine({ blocks: 1 });
      const hash = await this.ctx.walletClient.writeContract({ address: this.ctx.addresses.pool, abi: rewardRatePoolAbi, functionName: "payoutReleased" });
      await this.ctx.publicClient.waitForTransactionReceipt({ hash, pollingInterval: 20 });
    });
    await this.sync();
    return { ...this.envelope(), advanced_seconds: seconds, chain_time: this.watcher.chainNow() };
  }

  /** Mints 10,000 SESH to `address` through the gateway and sends it 1 ETH from the deployer. */
  async faucet(addressText: string) {
    const address = parseAddressParam(addressText);
    const amount = FAUCET_SESH * ATOMIC_PER_SESH;
    const txs = await this.serialWrite(async () => {
      const token = await this.ctx.gatewayClient.writeContract(mintSeshCall(this.ctx.addresses.token, address, amount));
      const eth = await this.ctx.walletClient.sendTransaction({ to: address, value: parseEther("1") });
      for (const hash of [token, eth]) {
        const receipt = await this.ctx.publicClient.waitForTransactionReceipt({ hash, pollingInterval: 20 });
        if (receipt.status !== "success") throw new HttpError(500, `The faucet transaction ${hash} reverted.`);
      }
      return { token, eth };
    });
    return { address, sesh: amount, eth: parseEther("1"), txs };
  }

  // ---- signing, also used by the seeder ----

  async signAsNetwork(message: Uint8Array): Promise<NetworkSignature> {
    const live = await readLiveSet(this.ctx);
    const byKey = new Map(this.world.liveNodes().map((n) => [n.blsHex, n]));
    const height = this.height();
    const offline = (n: LiveNode) => {
      const node = byKey.get(n.blsHex);
      return node !== undefined && !this.world.isActive(node, height);
    };
    try {
      return signAsNetwork(this.keystore, message, this.tags.hashToG2, live.nodes, live.threshold, offline);
    } catch (error) {
      throw new HttpError(504, error instanceof Error ? error.message : String(error));
    }
  }

  async signRemoval(node: { blsPubkey: { X: bigint; Y: bigint }; blsHex: string }, kind: "exit" | "liquidation") {
    const timestamp = this.watcher.chainNow();
    const message =
      kind === "exit"
        ? exitMessage(this.tags.exit, node.blsPubkey, BigInt(timestamp))
        : liquidateMessage(this.tags.liquidate, node.blsPubkey, BigInt(timestamp));
    const sig = await this.signAsNetwork(message);
    return {
      bls_pubkey: node.blsHex,
      // informational: exits leave it out (the documented examples have none), liquidations send it
      ...(kind === "liquidation" ? { msg_to_sign: toHex(message).slice(2) } : {}),
      non_signer_indices: sig.nonSignerIds,
      signature: sig.signature,
      timestamp,
    };
  }

  private serialWrite<T>(work: () => Promise<T>): Promise<T> {
    const next = this.writes.then(work);
    this.writes = next.catch(() => undefined);
    return next;
  }
}

