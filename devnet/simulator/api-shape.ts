/**
 * Turns the simulated world into the staking backend's JSON (spec §5.3), pure, in the real
 * backend's dialect (§5.5): amounts are bigints, which the server writes as bare JSON numbers
 * (above 2^53 too, as Python does), booleans are 0/1, a stake contributor who is their own
 * beneficiary has `beneficiary: null`, keys are lower-case hex without 0x, addresses checksummed.
 */
import { getAddress, keccak256, toHex } from "viem";
import {
  DEREGISTRATION_LOCK_BLOCKS,
  DECOMMISSIONED_DOWNTIME_BLOCKS,
  EXIT_GRACE_BLOCKS,
  EXIT_UNLOCK_BLOCKS,
  INITIAL_DOWNTIME_BLOCKS,
  SESSION_BLOCK_SECONDS,
  sessionBlockTime,
} from "./clock";
import { nodeVersionsJson } from "./node-versions";
import type { AccountLedger, ContributionRecord, NodeRecord, World } from "./world";

export const SIMULATOR_VERSION = "devnet-simulator 1.0";
export const HARD_FORK = 21;

export type NetworkParams = { stakingRequirement: bigint; maxContributors: number; l2Height: number };

/** Python's json writes its bools from SQLite as the integers they are. */
const flag = (v: boolean): 0 | 1 => (v ? 1 : 0);

function blockHash(height: number): string {
  return keccak256(toHex(`devnet-session-block-${height}`)).slice(2);
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : Math.round(((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2);
}

/** Operator fee in parts per million, as Stake.operator_fee carries it. */
export const feePpm = (feeBps: number) => feeBps * 100;

export function networkInfoJson(world: World, height: number, params: NetworkParams) {
  const live = world.liveNodes();
  const blockTimestamp = sessionBlockTime(height);
  return {
    active_node_count: live.filter((n) => world.isActive(n, height)).length,
    block_hash: blockHash(height),
    block_height: height,
    block_timestamp: blockTimestamp,
    hard_fork: HARD_FORK,
    immutable_block_hash: blockHash(Math.max(0, height - 10)),
    immutable_block_height: Math.max(0, height - 10),
    max_stakers: params.maxContributors,
    median_operator_fee: median(live.filter((n) => n.contributors.length > 1).map((n) => feePpm(n.feeBps))),
    min_operator_contribution: (params.stakingRequirement + 3n) / 4n,
    nettype: "devnet",
    node_count: live.length,
    pulse_target_timestamp: blockTimestamp + SESSION_BLOCK_SECONDS,
    staking_requirement: params.stakingRequirement,
    version: SIMULATOR_VERSION,
    l2_height: params.l2Height,
    l2_height_timestamp: blockTimestamp,
  };
}

/** Which signed removals the network offers for a node right now. */
export function removalOptions(world: World, node: NodeRecord, height: number): { exit: boolean; liquidation: boolean } {
  if (node.removedHeight !== null) return { exit: false, liquidation: false };
  const dereg = world.deregisteredAt(node);
  if (dereg !== null && dereg <= height) return { exit: true, liquidation: true };
  if (node.exitRequestHeight !== null) {
    const unlock = node.exitRequestHeight + EXIT_UNLOCK_BLOCKS;
    return { exit: unlock <= height, liquidation: unlock + EXIT_GRACE_BLOCKS <= height };
  }
  return { exit: false, liquidation: false };
}

export function stakeJson(world: World, node: NodeRecord, height: number) {
  const dereg = world.deregisteredAt(node);
  const deregistered = dereg !== null && dereg <= height;
  const unlock = node.exitRequestHeight !== null ? node.exitRequestHeight + EXIT_UNLOCK_BLOCKS : 0;
  const active = world.isActive(node, height);
  const lastRewardHeight = node.removedHeight ?? (active ? height : node.registrationHeight);
  return {
    active: flag(active),
    contract_id: node.id,
    contributors: node.contributors.map((c) => ({
      address: getAddress(c.address),
      // the backend's nullable column: null when the staker receives its own rewards
      beneficiary: c.beneficiary.toLowerCase() === c.address.toLowerCase() ? null : getAddress(c.beneficiary),
      amount: c.amount,
    })),
    deregistration_height: deregistered ? dereg : null,
    earned_downtime_blocks: active ? INITIAL_DOWNTIME_BLOCKS : world.isDecommissioned(node) ? DECOMMISSIONED_DOWNTIME_BLOCKS : 0,
    events: node.events,
    exit_type: deregistered ? "deregister" : node.exitRequestHeight !== null || node.removedHeight !== null ? "exit" : null,
    last_reward_block_height: lastRewardHeight,
    last_uptime_proof: active ? sessionBlockTime(height) - 300 : sessionBlockTime(node.registrationHeight),
    liquidation_height: deregistered ? dereg : unlock ? unlock + EXIT_GRACE_BLOCKS : null,
    operator_address: getAddress(node.operator),
    operator_fee: feePpm(node.feeBps),
    pubkey_bls: node.blsHex,
    pubkey_ed25519: node.ed25519Hex,
    registration_height: node.registrationHeight,
    requested_unlock_height: unlock,
    service_node_pubkey: node.ed25519Hex,
    staking_requirement: node.deposit,
    total_contributed: node.contributors.reduce((sum, c) => sum + c.amount, 0n),
    // extras the portal ignores, useful when reading the JSON by hand
    decommission_count: world.isDecommissioned(node) ? 1 : 0,
    is_liquidatable: flag(removalOptions(world, node, height).liquidation),
    deregistration_unlock_height: deregistered ? dereg + DEREGISTRATION_LOCK_BLOCKS : null,
    // spec §5.7: what the last uptime proof said (every devnet node has sent one)
    ...nodeVersionsJson(node.ed25519Hex, true, HARD_FORK),
  };
}

/**
 * A contract's row. Its fee, BLS key and activation mode are null until the contract's state has
 * been read once, and while `detailsPending` says so: the real backend writes the row from the
 * factory's event first and reads the contract's settings after (spec §5.9).
 */
export function contributionContractJson(record: ContributionRecord, detailsPending = false) {
  const snap = record.snapshot;
  const reservedByAddress = new Map((snap?.reserved ?? []).map((r) => [r.address.toLowerCase(), r]));
  const contributors: { address: string; beneficiary_address: string | null; amount: bigint; reserved: bigint }[] = (
    snap?.contributors ?? []
  ).map((c) => ({
    address: getAddress(c.address),
    beneficiary_address: getAddress(c.beneficiary),
    amount: c.amount,
    reserved: reservedByAddress.get(c.address.toLowerCase())?.amount ?? 0n,
  }));
  const contributed = new Set(contributors.map((c) => c.address.toLowerCase()));
  for (const r of snap?.reserved ?? []) {
    if (!contributed.has(r.address.toLowerCase())) {
      contributors.push({ address: getAddress(r.address), beneficiary_address: null, amount: 0n, reserved: r.amount });
    }
  }
  return {
    address: getAddress(record.address),
    contributors,
    events: record.events,
    operator_address: getAddress(record.operator),
    service_node_pubkey: record.ed25519Hex,
    status: snap?.status ?? 0,
    fee: detailsPending ? null : (snap?.feeBps ?? null),
    manual_finalize: detailsPending || !snap ? null : flag(snap.manualFinalize),
    pubkey_bls: detailsPending ? null : (snap?.blsHex ?? null),
  };
}

/** RewardsInfo; `claimed` is the recipient's lifetime claimed total read from the rewards contract. */
export function rewardsInfoJson(entry: AccountLedger | undefined, claimed: bigint, timelocked: bigint) {
  const rewards = entry?.rewards ?? 0n;
  const locked = entry?.lockedLifetime ?? 0n;
  const unlocked = entry?.unlockedLifetime ?? 0n;
  const liquidated = entry?.liquidated ?? 0n;
  const stakesClaimable = unlocked - liquidated;
  const claimedStakes = claimed < stakesClaimable ? claimed : stakesClaimable;
  return {
    amount: signableAmount(entry),
    lifetime_liquidated_stakes: liquidated,
    lifetime_locked_stakes: locked,
    lifetime_rewards: rewards,
    lifetime_unlocked_stakes: unlocked,
    locked_stakes: locked - unlocked,
    timelocked_stakes: timelocked,
    claimed_stakes: claimedStakes,
    claimed_rewards: claimed - claimedStakes,
  };
}

/** What the network signs for an address: lifetime rewards plus unlocked stakes minus liquidations. */
export function signableAmount(entry: AccountLedger | undefined): bigint {
  if (!entry) return 0n;
  return entry.rewards + entry.unlockedLifetime - entry.liquidated;
}

/** Stake of a beneficiary in nodes that are leaving (exit requested or deregistered). */
export function timelockedStake(world: World, beneficiary: string, height: number): bigint {
  let total = 0n;
  for (const node of world.liveNodes()) {
    const dereg = world.deregisteredAt(node);
    if (node.exitRequestHeight === null && (dereg === null || dereg > height)) continue;
    for (const c of node.contributors) if (c.beneficiary.toLowerCase() === beneficiary.toLowerCase()) total += c.amount;
  }
  return total;
}

export function dailyRewardsJson(entry: AccountLedger | undefined) {
  return (entry?.daily ?? []).map((d) => ({
    block: d.height,
    lifetime_rewards: d.lifetime,
    // the backend's daily timestamps are floats (Python time.time())
    timestamp: sessionBlockTime(d.height) + 0.25,
  }));
}

export function isContributorOf(node: NodeRecord, address: string): boolean {
  const a = address.toLowerCase();
  return node.contributors.some((c) => c.address.toLowerCase() === a || c.beneficiary.toLowerCase() === a);
}

export function isInvolvedInContract(record: ContributionRecord, address: string): boolean {
  const a = address.toLowerCase();
  if (record.operator.toLowerCase() === a) return true;
  const snap = record.snapshot;
  return Boolean(
    snap?.contributors.some((c) => c.address.toLowerCase() === a || c.beneficiary.toLowerCase() === a) ||
      snap?.reserved.some((r) => r.address.toLowerCase() === a),
  );
}
