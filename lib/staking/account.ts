/**
 * A wallet's staking position as the account pages show it: its own stake and reservations in
 * contribution contracts, and what it has staked in total. Pure: the inputs are the chain's
 * records (lib/contracts/reads) and the node views (./node-view).
 */
import { isBeforeRegistration, type ContributionStatus } from "./contract-state";
import type { NodeState } from "./node-state";

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export type ContractBooks = {
  contributions: readonly { address: string; amount: bigint }[];
  reservations: readonly { address: string; amount: bigint; received: boolean }[];
};

/** The wallet's contribution in a contract and what is still reserved for it (unpaid). */
export function positionInContract(books: ContractBooks, wallet: string): { own: bigint; reserved: bigint } {
  const own = books.contributions.filter((c) => same(c.address, wallet)).reduce((s, c) => s + c.amount, 0n);
  const reserved = books.reservations.filter((r) => same(r.address, wallet) && !r.received).reduce((s, r) => s + r.amount, 0n);
  return { own, reserved };
}

/**
 * Staked in total: own stake in every node that has not exited, plus contributions sitting in
 * contracts that have not registered yet (status 3's funds are the node's stake already).
 */
export function totalStaked(nodes: readonly { state: NodeState; ownStake: bigint }[], contracts: readonly { status: ContributionStatus; own: bigint }[]): bigint {
  const inNodes = nodes.filter((n) => n.state !== "Exited").reduce((s, n) => s + n.ownStake, 0n);
  const inContracts = contracts.filter((c) => isBeforeRegistration(c.status)).reduce((s, c) => s + c.own, 0n);
  return inNodes + inContracts;
}

/** A node the wallet only receives rewards from (someone else staked, naming it beneficiary). */
export function isBeneficiaryOnly(contributors: readonly { address: string; beneficiary: string }[], wallet: string): boolean {
  return !contributors.some((c) => same(c.address, wallet)) && contributors.some((c) => same(c.beneficiary, wallet));
}
