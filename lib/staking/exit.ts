/**
 * Leaving the network (spec §2.4, §2.9, §6.1, §6.4): what a wallet may do with one of its nodes
 * right now (request the exit, request it again, exit with the network's signature, exit without
 * it after the wait), each with the reason it is not possible yet and the date it becomes
 * possible, so the page can show a countdown BEFORE anything is sent; and what a liquidation takes
 * from the deposit, with the contract's ratios. Pure: the page passes the registry contract's
 * record of the node, the node's derived state (node-state.ts), the chain's clock and the rules it
 * read from the chain.
 */
import { PAUSED_SENTENCE } from "./paused";
import { isSmallContributor } from "./contribution";
import type { NodeState } from "./node-state";
import { DAY_SECONDS, formatDuration, formatUtc, type NetworkKind } from "./timing";

export type ExitRules = {
  /** a small contributor's first request waits this long after the node registered (30 days) */
  smallContributorLeaveDelaySeconds: number;
  /** "small" = stake × divisor < deposit (4: under 25 %) */
  smallContributorDivisor: bigint;
  /** between two requests for the same node (1 hour) */
  repeatedRequestDelaySeconds: number;
  /** after the first request, anyone may exit the node without a signature (30 days) */
  maxExitWaitSeconds: number;
  /** a signed exit needs the node registered at least this long (see minimumExitAgeSeconds) */
  minimumExitAgeSeconds: number;
  /** a network signature is valid this long after its timestamp (600 s) */
  signatureExpirySeconds: number;
};

/** ServiceNodeRewards' constants and defaults (spec §2.3), for any getter the chain did not answer. */
export const SPEC_EXIT_RULES: Omit<ExitRules, "minimumExitAgeSeconds"> = {
  smallContributorLeaveDelaySeconds: 30 * DAY_SECONDS,
  smallContributorDivisor: 4n,
  repeatedRequestDelaySeconds: 3_600,
  maxExitWaitSeconds: 30 * DAY_SECONDS,
  signatureExpirySeconds: 600,
};

/**
 * The minimum exit age is internal to the contract (no getter), so it is derived from where the
 * dApp runs: 2 hours on Session's ServiceNodeRewards (Arbitrum One, and Sepolia's Testnet variant,
 * which differs only by two owner functions), 0 on the devnet's LocalDevnetServiceNodeRewards
 * (spec §2.3, §2.10). Change it here if a deployment overrides it.
 */
export function minimumExitAgeSeconds(kind: NetworkKind): number {
  return kind === "devnet" ? 0 : 7_200;
}

/** The exit rules the registry contract answered (null = not read). */
export type ExitRulesOnChain = {
  maxExitWaitTime: bigint | null;
  minTimeBeforeRepeatedLeaveRequest: bigint | null;
  smallContributorLeaveDelay: bigint | null;
  smallContributorDivisor: bigint | null;
  signatureExpiry: bigint | null;
};

/** The chain's values where it answered, the spec's where it did not. */
export function exitRules(onChain: ExitRulesOnChain | null, kind: NetworkKind): ExitRules {
  const n = (v: bigint | null | undefined, fallback: number) => (v === null || v === undefined ? fallback : Number(v));
  return {
    smallContributorLeaveDelaySeconds: n(onChain?.smallContributorLeaveDelay, SPEC_EXIT_RULES.smallContributorLeaveDelaySeconds),
    smallContributorDivisor: onChain?.smallContributorDivisor ?? SPEC_EXIT_RULES.smallContributorDivisor,
    repeatedRequestDelaySeconds: n(onChain?.minTimeBeforeRepeatedLeaveRequest, SPEC_EXIT_RULES.repeatedRequestDelaySeconds),
    maxExitWaitSeconds: n(onChain?.maxExitWaitTime, SPEC_EXIT_RULES.maxExitWaitSeconds),
    minimumExitAgeSeconds: minimumExitAgeSeconds(kind),
    signatureExpirySeconds: n(onChain?.signatureExpiry, SPEC_EXIT_RULES.signatureExpirySeconds),
  };
}

/** "1 day", "14 days", "1 hour", "2 hours", else a countdown-style duration: for rules in sentences. */
export function describeDelay(seconds: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (seconds > 0 && seconds % DAY_SECONDS === 0) return plural(seconds / DAY_SECONDS, "day");
  if (seconds > 0 && seconds % 3_600 === 0) return plural(seconds / 3_600, "hour");
  if (seconds > 0 && seconds % 60 === 0 && seconds < 3_600) return plural(seconds / 60, "minute");
  return formatDuration(seconds);
}

/** The registry contract's record of a node (serviceNodes(id)), as the exit rules need it. */
export type ExitNodeRecord = {
  id: bigint;
  /** false once the node left the registry (the contract zeroes its record) */
  registered: boolean;
  deposit: bigint;
  addedTimestamp: bigint;
  /** the first leave request (0 = none) */
  leaveRequestTimestamp: bigint;
  latestLeaveRequestTimestamp: bigint;
  /** staker addresses (not beneficiaries) and their stakes, in the contract's order */
  contributors: readonly { address: string; amount: bigint }[];
};

export type ExitInput = {
  node: ExitNodeRecord;
  /** the connected wallet */
  wallet: string;
  /** node-state.ts' state of the node (the network's view refined by the chain's record) */
  state: NodeState;
  /** chain time, unix seconds: the contract compares against block time */
  nowSeconds: number;
  /** the rewards contract is paused (every exit function reverts with EnforcedPause) */
  paused: boolean;
  rules: ExitRules;
};

export type ExitActionKind = "request" | "requestAgain" | "exitWithSignature" | "exitAfterWait";

export type ExitAction = {
  kind: ExitActionKind;
  /** it can be sent now */
  enabled: boolean;
  /** unix seconds from which the contract allows it */
  availableAt: number;
  /** why it cannot be sent now, with the date; null when it can */
  blockedReason: string | null;
};

export type ExitOptions =
  | { kind: "none"; why: "notContributor" | "exited" | "decommissioned" | "notReported"; reason: string }
  | { kind: "contributor"; ownStake: bigint; small: boolean; actions: ExitAction[] };

/** Before a tap, the same sentence as a reverted EnforcedPause. */
export const EXIT_PAUSED_SENTENCE = PAUSED_SENTENCE;

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const at = (t: number, now: number) => `${formatUtc(t)} (in ${formatDuration(t - now)})`;

function action(kind: ExitActionKind, availableAt: number, now: number, paused: boolean, tooEarly: string): ExitAction {
  if (now < availableAt) return { kind, enabled: false, availableAt, blockedReason: tooEarly };
  if (paused) return { kind, enabled: false, availableAt, blockedReason: EXIT_PAUSED_SENTENCE };
  return { kind, enabled: true, availableAt, blockedReason: null };
}

/**
 * What `wallet` may do about node's exit now. Only a contributor (the staking wallet, not a
 * beneficiary) is offered anything, as the contract accepts requests only from one (§2.4); the
 * buttons follow the portal's rules (§6.1): a request while the node runs, a signed exit once the
 * network unlocked it (Ready to exit) or deregistered it, nothing while it is decommissioned.
 */
export function exitOptions(input: ExitInput): ExitOptions {
  const { node, wallet, state, nowSeconds: now, paused, rules } = input;
  // the contract uses the wallet's first entry in the contributor list
  // first: a removed node's record is zeroed, contributors included
  if (!node.registered || state === "Exited") return { kind: "none", why: "exited", reason: "This node has left the registry: its stake comes back through the claim." };
  const entry = node.contributors.find((c) => same(c.address, wallet));
  if (!entry) return { kind: "none", why: "notContributor", reason: "Only a wallet that staked in this node can request or complete its exit." };
  if (state === "Decommissioned") {
    return { kind: "none", why: "decommissioned", reason: "The node is decommissioned: its exit can be requested again once it runs, or completed once the network deregisters it." };
  }
  const small = isSmallContributor(entry.amount, node.deposit, rules.smallContributorDivisor);
  const requested = node.leaveRequestTimestamp > 0n;
  const networkReady = state === "Ready to exit" || state === "Deregistered";
  const actions: ExitAction[] = [];

  if (!requested && !networkReady) {
    if (state !== "Running") return { kind: "none", why: "notReported", reason: "The network has not reported this node as running yet: its exit can be requested once it does." };
    const from = small ? Number(node.addedTimestamp) + rules.smallContributorLeaveDelaySeconds : 0;
    const delay = describeDelay(rules.smallContributorLeaveDelaySeconds);
    actions.push(action("request", from, now, paused, `Your stake is under ${100 / Number(rules.smallContributorDivisor)} % of this node, so you can first request its exit ${delay} after it registered: from ${at(from, now)}.`));
  }
  if (requested && !networkReady) {
    const from = Number(node.latestLeaveRequestTimestamp) + rules.repeatedRequestDelaySeconds;
    actions.push(action("requestAgain", from, now, paused, `An exit was requested at ${formatUtc(Number(node.latestLeaveRequestTimestamp))}; it can be requested again ${describeDelay(rules.repeatedRequestDelaySeconds)} after the last request: from ${at(from, now)}.`));
  }
  if (networkReady) {
    const from = Number(node.addedTimestamp) + rules.minimumExitAgeSeconds;
    actions.push(action("exitWithSignature", from, now, paused, `A node can exit ${describeDelay(rules.minimumExitAgeSeconds)} after it registered: from ${at(from, now)}.`));
  }
  if (requested) {
    const from = Number(node.leaveRequestTimestamp) + rules.maxExitWaitSeconds;
    // once the network signs, the signed exit is the way; the unsigned one is shown ahead of time
    // only while the network has not unlocked the exit
    if (!networkReady || now >= from) {
      actions.push(action("exitAfterWait", from, now, paused, `If the network never signs this exit, it can leave without a signature ${describeDelay(rules.maxExitWaitSeconds)} after the first request: from ${at(from, now)}.`));
    }
  }
  return { kind: "contributor", ownStake: entry.amount, small, actions };
}

/**
 * How long after the unlock the contributors have to exit before anyone may liquidate the node
 * (spec §6.4: 7 days on mainnet, 2 hours on the testnet; the devnet uses the testnet's timings).
 */
export function exitGraceSeconds(kind: NetworkKind): number {
  return kind === "mainnet" ? 7 * DAY_SECONDS : 2 * 3_600;
}

/** The unix seconds at which a network exit signature stops being accepted (timestamp + signatureExpiry). */
export function signatureExpiresAt(timestamp: number, rules: Pick<ExitRules, "signatureExpirySeconds">): number {
  return timestamp + rules.signatureExpirySeconds;
}

export type LiquidationRatios = { liquidator: bigint; pool: bigint; recipient: bigint };

/** The contract's three ratios as read (null fields: a failed read), or null when any is missing. */
export function liquidationRatios(r: { liquidatorRewardRatio: bigint | null; poolShareOfLiquidationRatio: bigint | null; recipientRatio: bigint | null }): LiquidationRatios | null {
  if (r.liquidatorRewardRatio === null || r.poolShareOfLiquidationRatio === null || r.recipientRatio === null) return null;
  return { liquidator: r.liquidatorRewardRatio, pool: r.poolShareOfLiquidationRatio, recipient: r.recipientRatio };
}

export type LiquidationSplit = {
  /** paid to whoever liquidates the node */
  liquidatorAmount: bigint;
  /** paid to the foundation pool */
  poolAmount: bigint;
  /** what the contributors get back */
  returnedAmount: bigint;
  /** liquidatorAmount + poolAmount */
  penalty: bigint;
};

/**
 * The contract's split of a liquidated deposit (§2.9): sum = the three ratios; the liquidator gets
 * floor(deposit × liquidator / sum), the pool ceil(deposit × pool / sum) (0 when that product is 0),
 * the contributors the rest. 3/17/9980 on 25,000 SESH: 7.5 and 42.5 SESH.
 */
export function liquidationSplit(deposit: bigint, r: LiquidationRatios): LiquidationSplit {
  const sum = r.liquidator + r.pool + r.recipient;
  if (sum <= 0n || deposit <= 0n) return { liquidatorAmount: 0n, poolAmount: 0n, returnedAmount: deposit > 0n ? deposit : 0n, penalty: 0n };
  const liquidatorAmount = (deposit * r.liquidator) / sum;
  const poolProduct = deposit * r.pool;
  const poolAmount = poolProduct === 0n ? 0n : (poolProduct + sum - 1n) / sum;
  const penalty = liquidatorAmount + poolAmount;
  return { liquidatorAmount, poolAmount, returnedAmount: deposit - penalty, penalty };
}

/** A contributor's part of a penalty, in proportion to its stake (rounded down). */
export function penaltyShare(penalty: bigint, stake: bigint, deposit: bigint): bigint {
  return deposit > 0n ? (penalty * stake) / deposit : 0n;
}
