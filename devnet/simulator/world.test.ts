import { describe, expect, it } from "vitest";
import type { Address } from "viem";
import { parseBackendJson } from "@/lib/backend/json";
import { contributionContractNotReadySchema, dailyRewardsResponseSchema, networkInfoSchema, rewardsInfoSchema, stakeSchema } from "@/lib/backend/schemas";
import { contributionContractJson, dailyRewardsJson, networkInfoJson, removalOptions, rewardsInfoJson, signableAmount, stakeJson } from "./api-shape";
import { toBackendJson } from "./json-writer";
import { BLOCKS_PER_DAY, EXIT_UNLOCK_BLOCKS, sessionBlockTime } from "./clock";
import { poolRewardPerBlock } from "./rewards";
import { World, type Contributor, type WitnessedEvent } from "./world";
import { ATOMIC_PER_SESH } from "@/lib/staking/amounts";

const OP = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" as Address;
const CO = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC" as Address;
const POOL = 40_000_000n * ATOMIC_PER_SESH;
// start on a Session day boundary, so a day of accrual is one daily snapshot
const start = 1_111 * BLOCKS_PER_DAY;

function ed(n: number) {
  return n.toString(16).padStart(64, "0");
}
function bls(n: number) {
  return n.toString(16).padStart(128, "0");
}

function registered(id: number, contributors: Contributor[], feeBps: number | null = null): WitnessedEvent {
  return {
    api: { args: {}, block: id, log_index: 0, main_arg: String(id), name: "NewServiceNodeV2", tx: "0x01" },
    timestamp: 0,
    change: { kind: "registered", id, blsPubkey: { X: BigInt(id), Y: 1n }, blsHex: bls(id), ed25519Hex: ed(id), contributors, feeBps, addedTimestamp: sessionBlockTime(start) },
  };
}

function nodeEvent(id: number, kind: "exitRequest" | "exit", name: "ServiceNodeExitRequest" | "ServiceNodeExit", returnedAmount = 25_000n * ATOMIC_PER_SESH): WitnessedEvent {
  const api = { args: {}, block: 100 + id, log_index: 1, main_arg: String(id), name, tx: "0x02" } as const;
  return kind === "exit" ? { api, timestamp: 0, change: { kind, id, returnedAmount } } : { api, timestamp: 0, change: { kind, id } };
}

const solo = (who: Address): Contributor[] => [{ address: who, beneficiary: who, amount: 25_000n * ATOMIC_PER_SESH }];

function world(decommissioned: number[] = [], priorRewards = new Map<string, bigint>()) {
  return new World({ decommissioned: new Set(decommissioned.map(ed)), deregisteredBlocksAgo: new Map(), seededFeeBps: new Map(), priorRewards, historyDays: 0 }, POOL);
}

/** What a client gets: the simulator's value written as the backend writes it, read back losslessly. */
const overTheWire = (value: unknown) => parseBackendJson(toBackendJson(value));

describe("the simulated network's world", () => {
  it("splits each block's pool reward evenly among active nodes; a decommissioned node earns nothing", () => {
    const w = world([3]);
    w.accrueTo(start);
    w.apply(registered(1, solo(OP), 0), start);
    w.apply(registered(2, solo(CO), 0), start);
    w.apply(registered(3, solo("0x90F79bf6EB2c4f870365E785982E1f101E93b906"), 0), start);
    w.accrueTo(start + BLOCKS_PER_DAY);
    const perNode = (poolRewardPerBlock(POOL) / 2n) * BigInt(BLOCKS_PER_DAY);
    expect(w.account(OP).rewards).toBe(perNode);
    expect(w.account(CO).rewards).toBe(perNode);
    expect(w.account("0x90F79bf6EB2c4f870365E785982E1f101E93b906").rewards).toBe(0n);
    expect(w.account(OP).daily).toEqual([{ height: start + BLOCKS_PER_DAY, lifetime: perNode }]);
  });

  it("credits the seeded nodes' month of history at the live per-block rule, one daily point a day, without charging the pool", () => {
    const w = world([2]);
    w.accrueTo(start);
    const longAgo = (e: WitnessedEvent): WitnessedEvent => (e.change.kind === "registered" ? { ...e, change: { ...e.change, addedTimestamp: sessionBlockTime(start - 100 * BLOCKS_PER_DAY) } } : e);
    w.apply(longAgo(registered(1, solo(OP))), start); // seeded (no fee on chain), registered 100 days ago
    w.apply(longAgo(registered(2, solo(CO))), start); // decommissioned: earned nothing
    w.backfillHistory([1, 2], 30);
    const perDay = poolRewardPerBlock(POOL) * BigInt(BLOCKS_PER_DAY);
    expect(w.account(OP).rewards).toBe(perDay * 30n);
    expect(w.historyCredited).toBe(perDay * 30n);
    expect(w.account(CO).rewards).toBe(0n);
    expect(w.account(OP).daily.map((d) => d.height)).toEqual(Array.from({ length: 30 }, (_, i) => start - 29 * BLOCKS_PER_DAY + i * BLOCKS_PER_DAY));
    expect(w.account(OP).daily.at(-1)).toEqual({ height: start, lifetime: perDay * 30n });
    // the pool was not charged: tomorrow pays the same per block
    w.accrueTo(start + BLOCKS_PER_DAY);
    expect(w.account(OP).rewards).toBe(perDay * 31n);
  });

  it("pays a multi-contributor node's operator fee before the stake split", () => {
    const w = world();
    w.accrueTo(start);
    w.apply(
      registered(1, [
        { address: OP, beneficiary: OP, amount: 6_250n * ATOMIC_PER_SESH },
        { address: CO, beneficiary: CO, amount: 18_750n * ATOMIC_PER_SESH },
      ], 1_000),
      start,
    );
    w.accrueTo(start + 1);
    const reward = poolRewardPerBlock(POOL);
    const fee = reward / 10n;
    expect(w.account(OP).rewards).toBe(fee + ((reward - fee) * 6_250n) / 25_000n);
    expect(w.account(CO).rewards).toBe(((reward - fee) * 18_750n) / 25_000n);
  });

  it("walks a node through exit request, Ready To Exit and Exited, returning the stake as claimable", () => {
    const w = world();
    w.accrueTo(start);
    w.apply(registered(1, solo(OP), 0), start);
    w.apply(registered(2, solo(CO), 0), start);
    w.apply(nodeEvent(1, "exitRequest", "ServiceNodeExitRequest"), start + 10);
    const node = w.nodes.get(1)!;
    expect(stakeJson(w, node, start + 10).requested_unlock_height).toBe(start + 10 + EXIT_UNLOCK_BLOCKS);
    expect(removalOptions(w, node, start + 10).exit).toBe(false);
    expect(removalOptions(w, node, start + 10 + EXIT_UNLOCK_BLOCKS).exit).toBe(true);

    w.accrueTo(start + 20);
    w.apply(nodeEvent(1, "exit", "ServiceNodeExit"), start + 20);
    const rewardsBefore = w.account(OP).rewards;
    w.accrueTo(start + 40);
    expect(w.account(OP).rewards).toBe(rewardsBefore); // an exited node earns nothing more
    expect(signableAmount(w.account(OP))).toBe(rewardsBefore + 25_000n * ATOMIC_PER_SESH);
    const stake = stakeJson(w, node, start + 40);
    expect(stake.events.map((e) => e.name)).toEqual(["ServiceNodeExit", "ServiceNodeExitRequest", "NewServiceNodeV2"]);
    expect(stake.exit_type).toBe("exit");
  });

  it("counts a liquidation's penalty as liquidated stake", () => {
    const w = world();
    w.accrueTo(start);
    w.apply(registered(1, solo(OP), 0), start);
    w.apply(nodeEvent(1, "exit", "ServiceNodeExit", 25_000n * ATOMIC_PER_SESH - 50n * ATOMIC_PER_SESH), start);
    const info = rewardsInfoJson(w.account(OP), 0n, 0n);
    expect(info.lifetime_liquidated_stakes).toBe(50n * ATOMIC_PER_SESH);
    expect(info.amount).toBe(24_950n * ATOMIC_PER_SESH);
  });

  it("opens an account's ledger with its pre-devnet history, above 2^53, and keeps it across a reset", () => {
    const prior = 9_500_000_123_456_789n; // odd and above 2^53: no float holds it
    const w = world([], new Map([[OP.toLowerCase(), prior]]));
    expect(signableAmount(w.ledger.get(OP.toLowerCase()))).toBe(prior);
    w.accrueTo(start);
    w.apply(registered(1, solo(OP), 0), start);
    w.accrueTo(start + BLOCKS_PER_DAY);
    const earned = poolRewardPerBlock(POOL) * BigInt(BLOCKS_PER_DAY);
    expect(w.account(OP).rewards).toBe(prior + earned);
    const wire = rewardsInfoSchema.parse((overTheWire({ rewards: rewardsInfoJson(w.account(OP), 0n, 0n) }) as { rewards: unknown }).rewards);
    expect(wire.lifetime_rewards).toBe(prior + earned);
    const daily = dailyRewardsResponseSchema.parse(overTheWire({ network: networkInfoJson(w, start + BLOCKS_PER_DAY, { stakingRequirement: 25_000n * ATOMIC_PER_SESH, maxContributors: 10, l2Height: 1 }), rewards: dailyRewardsJson(w.account(OP)) }));
    expect(daily.rewards.map((d) => d.lifetime_rewards)).toEqual([prior + earned]);
    w.reset();
    expect(w.account(OP).rewards).toBe(prior);
  });

  it("emits JSON that the dApp's schemas accept", () => {
    const w = world([2]);
    w.accrueTo(start);
    w.apply(registered(1, solo(OP), 500), start);
    w.apply(registered(2, solo(CO)), start);
    w.registerContract("0x5FbDB2315678afecb367f032d93F642f64180aa3", OP, ed(9), 7);
    w.contracts.get("0x5fbdb2315678afecb367f032d93f642f64180aa3")!.snapshot = {
      status: 1,
      blsHex: bls(9),
      feeBps: 500,
      manualFinalize: false,
      contributors: [{ address: OP, beneficiary: OP, amount: 6_250n * ATOMIC_PER_SESH }],
      reserved: [{ address: CO, amount: 5_000n * ATOMIC_PER_SESH, received: false }],
    };
    w.accrueTo(start + 5);
    const info = networkInfoSchema.parse(overTheWire(networkInfoJson(w, start + 5, { stakingRequirement: 25_000n * ATOMIC_PER_SESH, maxContributors: 10, l2Height: 9 })));
    expect(info.active_node_count).toBe(1);
    expect(info.node_count).toBe(2);
    expect(info.staking_requirement).toBe(25_000n * ATOMIC_PER_SESH);
    for (const node of w.nodes.values()) stakeSchema.parse(overTheWire(stakeJson(w, node, start + 5)));
    // the backend's dialect: 0/1 booleans, a null beneficiary for a staker who is their own
    const raw = toBackendJson(stakeJson(w, w.nodes.get(2)!, start + 5));
    expect(raw).toContain('"active":0');
    expect(raw).toContain('"beneficiary":null');
    const decommissioned = stakeSchema.parse(parseBackendJson(raw));
    expect(decommissioned.active).toBe(false);
    expect(decommissioned.contributors[0]?.beneficiary).toBe(CO);
    const contract = contributionContractNotReadySchema.parse(overTheWire(contributionContractJson(w.contracts.get("0x5fbdb2315678afecb367f032d93f642f64180aa3")!)));
    expect(contract.contributors).toEqual([
      { address: OP, beneficiary_address: OP, amount: 6_250n * ATOMIC_PER_SESH, reserved: 0n },
      { address: CO, beneficiary_address: null, amount: 0n, reserved: 5_000n * ATOMIC_PER_SESH },
    ]);
    expect(rewardsInfoSchema.parse(overTheWire(rewardsInfoJson(w.account(OP), 0n, 0n))).lifetime_rewards).toBeGreaterThan(0n);
  });
});
