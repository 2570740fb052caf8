/**
 * Minimum contribution rules of ServiceNodeContribution (spec §3.4), mirrored exactly so the UI
 * can tell a contributor the same number the contract will enforce.
 */

/** `ceil(x / d)` the way the contract computes it: `(x - 1) / d + 1`; x must be > 0. */
function contractCeilDiv(x: bigint, d: bigint): bigint {
  return (x - 1n) / d + 1n;
}

/**
 * `calcMinimumContribution(remaining, n, max)`: null where the contract would revert (no slot left,
 * `max <= n`, or nothing remaining, which underflows in the contract).
 */
export function calcMinimumContribution(remaining: bigint, numContributors: bigint, maxContributors: bigint): bigint | null {
  if (maxContributors <= numContributors) return null;
  if (remaining <= 0n) return null;
  if (numContributors === 0n) return contractCeilDiv(remaining, 4n);
  return contractCeilDiv(remaining, maxContributors - numContributors);
}

/** `minimumOperatorContribution(requirement)`: ceil(requirement / 4). */
export function minimumOperatorContribution(stakingRequirement: bigint): bigint {
  return (stakingRequirement + 3n) / 4n;
}

export type ContributionSnapshot = {
  stakingRequirement: bigint;
  maxContributors: bigint;
  /** Current contributions, in list order (operator first). */
  contributions: readonly { address: string; amount: bigint }[];
  /** Reservations, in order (operator first); `received` once the reserved address paid. */
  reservations: readonly { address: string; amount: bigint; received: boolean }[];
};

export function totalContributed(s: ContributionSnapshot): bigint {
  return s.contributions.reduce((sum, c) => sum + c.amount, 0n);
}

export function outstandingReserved(s: ContributionSnapshot): bigint {
  return s.reservations.filter((r) => !r.received).reduce((sum, r) => sum + r.amount, 0n);
}

/** What a new, non-reserved contributor could still add: requirement − paid − outstanding reservations. */
export function remainingForPublic(s: ContributionSnapshot): bigint {
  const left = s.stakingRequirement - totalContributed(s) - outstandingReserved(s);
  return left > 0n ? left : 0n;
}

/** Stake still missing before the node is full (reservations count as missing until paid). */
export function remainingStake(s: ContributionSnapshot): bigint {
  const left = s.stakingRequirement - totalContributed(s);
  return left > 0n ? left : 0n;
}

/** Slots taken by contributors plus reservations not yet paid. */
export function occupiedSlots(s: ContributionSnapshot): bigint {
  return BigInt(s.contributions.length + s.reservations.filter((r) => !r.received).length);
}

export function freeSlots(s: ContributionSnapshot): bigint {
  const free = s.maxContributors - occupiedSlots(s);
  return free > 0n ? free : 0n;
}

/** `minimumContribution()` of the contract: null when no new contributor can join. */
export function minimumContribution(s: ContributionSnapshot): bigint | null {
  return calcMinimumContribution(remainingForPublic(s), occupiedSlots(s), s.maxContributors);
}

export type ContributionRequirement =
  | { kind: "topUp"; min: 0n; max: bigint }
  | { kind: "reserved"; min: bigint; max: bigint }
  | { kind: "new"; min: bigint; max: bigint }
  | { kind: "closed"; reason: string };

/**
 * What `wallet` must contribute now: a reserved address its reservation, an existing contributor
 * anything (top-up), anyone else at least the minimum; `max` is what fits under the requirement.
 */
export function contributionRequirementFor(s: ContributionSnapshot, wallet: string): ContributionRequirement {
  const w = wallet.toLowerCase();
  const reservation = s.reservations.find((r) => r.address.toLowerCase() === w && !r.received);
  const publicRoom = remainingForPublic(s);
  if (reservation) return { kind: "reserved", min: reservation.amount, max: publicRoom + reservation.amount };
  const noRoom = outstandingReserved(s) > 0n ? "What is left of this node is reserved for other contributors." : "The node is fully staked.";
  if (s.contributions.some((c) => c.address.toLowerCase() === w)) {
    return publicRoom > 0n ? { kind: "topUp", min: 0n, max: publicRoom } : { kind: "closed", reason: noRoom };
  }
  const min = minimumContribution(s);
  if (min === null) return { kind: "closed", reason: publicRoom === 0n ? noRoom : "No contributor slot is left." };
  return { kind: "new", min, max: publicRoom };
}

/** A contributor is "small" when 4 × stake < deposit: they wait 30 days before requesting an exit (§2.4). */
export function isSmallContributor(stakedAmount: bigint, deposit: bigint, divisor = 4n): boolean {
  return stakedAmount * divisor < deposit;
}
