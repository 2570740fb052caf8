/**
 * Acting as a vesting contract (spec Appendix B, C): which contracts the backend lists may be
 * offered to the wallet, what each one allows now, and the checks on a new beneficiary. Pure: the
 * chain's facts come in (lib/contracts/reads/vesting).
 */
import { rewardsAddressIssue, type AddressRules } from "./addresses";
import { claimableFromBackend } from "./rewards";
export type VestingFacts = {
  address: string;
  beneficiary: string;
  revoker: string;
  transferableBeneficiary: boolean;
  start: bigint;
  end: bigint;
  revoked: boolean;
  sesh: string;
  rewardsContract: string;
  snContribFactory: string;
  balance: bigint;
};

export type ConfiguredContracts = { token: string; rewards: string; factory: string };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Why a listed vesting contract must not be used by this wallet, or null when it may: the chain
 * says the wallet is its beneficiary, and it stakes the configured token in the configured
 * contracts. The backend's list is only a hint; this is the check.
 */
export function vestingMismatch(v: VestingFacts, wallet: string, c: ConfiguredContracts): string | null {
  if (!same(v.beneficiary, wallet)) return "This wallet is not the vesting contract's beneficiary on chain.";
  if (!same(v.sesh, c.token)) return "This vesting contract holds another token than SESH.";
  if (!same(v.rewardsContract, c.rewards)) return "This vesting contract stakes in another rewards contract than Session's.";
  if (!same(v.snContribFactory, c.factory)) return "This vesting contract uses another contribution factory than Session's.";
  return null;
}

export type VestingPhase =
  /** revoked: its tokens are the revoker's; the beneficiary can do nothing */
  | { kind: "revoked" }
  /** before `start`: nothing can be staked yet */
  | { kind: "notStarted"; startsAt: number }
  /** between start and end: stake, claim, exit; nothing can be withdrawn */
  | { kind: "locked"; unlocksAt: number }
  /** after `end`: everything above, and the balance can be withdrawn (release) */
  | { kind: "unlocked" };

export function vestingPhase(v: Pick<VestingFacts, "revoked" | "start" | "end">, nowUnixSeconds: number): VestingPhase {
  if (v.revoked) return { kind: "revoked" };
  if (BigInt(nowUnixSeconds) < v.start) return { kind: "notStarted", startsAt: Number(v.start) };
  if (BigInt(nowUnixSeconds) < v.end) return { kind: "locked", unlocksAt: Number(v.end) };
  return { kind: "unlocked" };
}

/** What the page says instead of offering any action, for a phase that allows none. */
export function vestingBlocker(phase: VestingPhase, formatDate: (unixSeconds: number) => string): string | null {
  if (phase.kind === "revoked") return "This vesting contract was revoked: its tokens now belong to the revoker, and nothing can be staked, claimed or withdrawn from it.";
  if (phase.kind === "notStarted") return `This vesting contract starts on ${formatDate(phase.startsAt)}: nothing can be staked through it before then.`;
  return null;
}

/** A new beneficiary typed by the wallet (spec C.2): a valid address, not the current one, not the vesting contract itself. */
export function newVestingBeneficiaryIssue(text: string, v: Pick<VestingFacts, "address" | "beneficiary" | "transferableBeneficiary">, isAddress: (t: string) => boolean): string | null {
  if (!v.transferableBeneficiary) return "This vesting contract's beneficiary cannot be changed.";
  const t = text.trim();
  if (t === "") return "Enter the address of the new beneficiary.";
  if (!/^0x[0-9a-fA-F]{40}$/.test(t)) return "Enter a wallet address: 0x followed by 40 hex characters.";
  if (!isAddress(t)) return "This address has a typo: its capital letters do not match its checksum.";
  if (/^0x0{40}$/.test(t)) return "The zero address cannot be a beneficiary.";
  if (same(t, v.beneficiary)) return "That is already the beneficiary.";
  if (same(t, v.address)) return "The vesting contract cannot be its own beneficiary.";
  return null;
}

/** What the vesting overview shows (spec Appendix C.2), from the chain's facts and the network's rewards record of the vesting address. */
export type VestingFigures = {
  /** the backend's list: what was vested, not the balance now */
  initialAmount: bigint;
  /** in nodes now (the network's locked stakes), null when the network's record is missing */
  staked: bigint | null;
  /** the SESH the contract holds (the chain) */
  unstaked: bigint;
  /** rewards and returned stakes the network owes it, not yet claimed; null when missing */
  unclaimed: bigint | null;
  phase: VestingPhase;
  /** seconds until `end` (0 once passed) */
  unlocksInSeconds: number;
  /** release: allowed now (after the end, not revoked, something to take) */
  canRelease: boolean;
  /** said before a release that leaves SESH behind (staked or unclaimed) */
  releaseWarning: string | null;
};

type VestingRewardsRecord = { locked_stakes: bigint; lifetime_unlocked_stakes: bigint; lifetime_liquidated_stakes: bigint; claimed_stakes: bigint; lifetime_rewards: bigint; claimed_rewards: bigint };

export function vestingFigures(v: VestingFacts, p: { initialAmount: bigint; rewards: VestingRewardsRecord | null; nowUnixSeconds: number }, format: (atomic: bigint) => string): VestingFigures {
  const phase = vestingPhase(v, p.nowUnixSeconds);
  const staked = p.rewards ? p.rewards.locked_stakes : null;
  const unclaimed = p.rewards ? claimableFromBackend({ amount: 0n, ...p.rewards }).total : null;
  const left: string[] = [];
  if (staked !== null && staked > 0n) left.push(`${format(staked)} SESH is still staked in nodes`);
  if (unclaimed !== null && unclaimed > 0n) left.push(`${format(unclaimed)} SESH of rewards and returned stakes is not claimed yet`);
  const releaseWarning =
    left.length > 0 ? `${left.join(", and ")}: withdrawing now takes only the ${format(v.balance)} SESH the contract holds. Exit the nodes and claim first, then withdraw again for the rest.` : null;
  return {
    initialAmount: p.initialAmount,
    staked,
    unstaked: v.balance,
    unclaimed,
    phase,
    unlocksInSeconds: Math.max(0, Number(v.end) - p.nowUnixSeconds),
    canRelease: phase.kind === "unlocked" && v.balance > 0n,
    releaseWarning,
  };
}

/**
 * The rewards address of a node registered through a vesting contract (spec C.2): required (the
 * vesting contract would otherwise be its own beneficiary), and neither a vesting contract nor a
 * staking contract. `rules.forbidden` holds the staking contracts, `vestingContracts` the wallet's.
 */
export function vestingRewardsAddressIssue(text: string, rules: AddressRules, vestingContracts: readonly string[]): string | null {
  const t = text.trim();
  if (t === "") return "Enter the wallet that receives this node's rewards: a node staked through a vesting contract needs one.";
  if (vestingContracts.some((c) => same(c, t))) return "That is a vesting contract: a node's rewards must go to a wallet.";
  return rewardsAddressIssue(t, rules);
}
