/**
 * The state of a registered node (spec §6.1), derived from the staking backend's Stake and, when
 * available, the registry contract's own record. Pure; the structural input types are satisfied by
 * lib/backend's parsed Stake objects.
 */
import { APPCHAIN_BLOCK_SECONDS, heightToUnixSeconds, type ChainClock, type TimingConstants } from "./timing";
import { isSmallContributor } from "./contribution";

export const NODE_STATES = ["Running", "Exit requested", "Ready to exit", "Decommissioned", "Deregistered", "Exited", "Unknown"] as const;
export type NodeState = (typeof NODE_STATES)[number];

const LIFECYCLE_EVENTS = ["NewSeededServiceNode", "NewServiceNodeV2", "ServiceNodeExitRequest", "ServiceNodeExit", "ServiceNodeLiquidated"] as const;
type LifecycleEvent = (typeof LIFECYCLE_EVENTS)[number];

export type StakeEventLike = { name: string; block: number; log_index: number };

export type StakeLike = {
  active: boolean;
  exit_type: "deregister" | "exit" | null;
  deregistration_height: number | null;
  requested_unlock_height: number;
  earned_downtime_blocks: number;
  registration_height: number;
  liquidation_height: number | null;
  events: readonly StakeEventLike[];
};

/** What the registry contract says about the node id right now (optional second opinion). */
export type OnChainNode = {
  /** false once ServiceNodeExit removed it (serviceNodes(id).operator is zero). */
  registered: boolean;
  leaveRequestTimestamp: bigint;
};

export function newestLifecycleEvent(events: readonly StakeEventLike[]): LifecycleEvent | null {
  let best: StakeEventLike | null = null;
  for (const e of events) {
    if (!(LIFECYCLE_EVENTS as readonly string[]).includes(e.name)) continue;
    if (!best || e.block > best.block || (e.block === best.block && e.log_index > best.log_index)) best = e;
  }
  return (best?.name as LifecycleEvent | undefined) ?? null;
}

/**
 * §6.1 in priority order. The chain, when given, wins where the backend may lag: a node no longer
 * in the registry has exited even if the backend has not seen the event yet, and a leave request
 * recorded on-chain means "exit requested".
 */
export function deriveNodeState(stake: StakeLike, blockHeight: number, onChain?: OnChainNode): NodeState {
  if (stake.exit_type === "deregister" && (stake.deregistration_height ?? 0) > 0) return "Deregistered";
  const newest = newestLifecycleEvent(stake.events);
  if (newest === "ServiceNodeExit" || newest === "ServiceNodeLiquidated") return "Exited";
  if (onChain && !onChain.registered && newest !== null) return "Exited";
  if (newest === "ServiceNodeExitRequest" || (onChain && onChain.leaveRequestTimestamp > 0n && newest !== null)) {
    if (stake.requested_unlock_height !== 0 && stake.requested_unlock_height < blockHeight) return "Ready to exit";
    return "Exit requested";
  }
  if (newest === "NewSeededServiceNode" || newest === "NewServiceNodeV2") return stake.active ? "Running" : "Decommissioned";
  return "Unknown";
}

/** Sort rank of §6.1: decommissioned first (they need action), then exits, running, gone. */
const STATE_RANK: Record<NodeState, number> = {
  Decommissioned: 0,
  "Exit requested": 1,
  "Ready to exit": 1,
  Running: 2,
  Deregistered: 3,
  Exited: 4,
  Unknown: 5,
};

export type SortableStake = StakeLike & { operator_fee: number; state: NodeState; ownStake: bigint };

/** Portal order: state rank, then downtime / unlock height, then own stake desc, then fee asc. */
export function compareStakes(a: SortableStake, b: SortableStake): number {
  const r = STATE_RANK[a.state] - STATE_RANK[b.state];
  if (r !== 0) return r;
  if (a.state === "Decommissioned" && a.earned_downtime_blocks !== b.earned_downtime_blocks) return a.earned_downtime_blocks - b.earned_downtime_blocks;
  if (STATE_RANK[a.state] === 1 && a.requested_unlock_height !== b.requested_unlock_height) return a.requested_unlock_height - b.requested_unlock_height;
  if (a.ownStake !== b.ownStake) return a.ownStake > b.ownStake ? -1 : 1;
  return a.operator_fee - b.operator_fee;
}

export type NodeTimer = { label: string; atUnixSeconds: number };

/**
 * The one date that matters for a node in its state: when the exit unlocks, when a decommissioned
 * node is deregistered, when a deregistered stake unlocks, or when a small contributor may first
 * request an exit. null when no timer applies.
 */
export function nodeTimer(
  stake: StakeLike,
  state: NodeState,
  clock: ChainClock,
  nowUnixSeconds: number,
  constants: TimingConstants,
  ownStake?: { amount: bigint; deposit: bigint },
): NodeTimer | null {
  switch (state) {
    case "Exit requested":
      return stake.requested_unlock_height > 0 ? { label: "Exit unlocks", atUnixSeconds: heightToUnixSeconds(stake.requested_unlock_height, clock) } : null;
    case "Ready to exit":
      return stake.liquidation_height ? { label: "Liquidation possible", atUnixSeconds: heightToUnixSeconds(stake.liquidation_height, clock) } : null;
    case "Decommissioned":
      return { label: "Deregistration", atUnixSeconds: nowUnixSeconds + stake.earned_downtime_blocks * APPCHAIN_BLOCK_SECONDS };
    case "Deregistered":
      return stake.deregistration_height
        ? { label: "Stake unlocks", atUnixSeconds: heightToUnixSeconds(stake.deregistration_height, clock) + constants.deregistrationLockSeconds }
        : null;
    case "Running": {
      if (!ownStake || !isSmallContributor(ownStake.amount, ownStake.deposit)) return null;
      const at = heightToUnixSeconds(stake.registration_height, clock) + constants.smallContributorExitDelaySeconds;
      return at > nowUnixSeconds ? { label: "Exit request allowed", atUnixSeconds: at } : null;
    }
    default:
      return null;
  }
}
