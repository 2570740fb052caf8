/**
 * What a wallet can do with a contribution contract besides contributing (spec §3.3, §3.6):
 * withdraw after the 24-hour lock, change its rewards address, and for the operator activate a
 * manually finalised node or reset it (refunding everyone). Pure: the page passes the chain's
 * figures and the chain's clock.
 */
import { rewardsAddressIssue, type AddressRules } from "./addresses";
import { isBeforeRegistration, type ContributionStatus } from "./contract-state";

export const WITHDRAWAL_DELAY_SECONDS = 86_400;

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export type ManagedContract = {
  status: ContributionStatus;
  operator: string;
  contributions: readonly { address: string; beneficiary: string; amount: bigint }[];
};

export type WithdrawState =
  /** not a contributor (or the operator, whose withdrawal is a reset) */
  | { kind: "none" }
  | { kind: "locked"; amount: bigint; availableAt: number }
  | { kind: "available"; amount: bigint };

/** A contributor's withdrawal: locked for 24 h after its latest contribution, nothing once the node registered. */
export function withdrawState(c: ManagedContract, wallet: string, contributionTimestamp: bigint, nowSeconds: number, delay = WITHDRAWAL_DELAY_SECONDS): WithdrawState {
  if (same(wallet, c.operator) || c.status === "finalized") return { kind: "none" };
  const amount = c.contributions.filter((x) => same(x.address, wallet)).reduce((s, x) => s + x.amount, 0n);
  if (amount === 0n) return { kind: "none" };
  const availableAt = Number(contributionTimestamp) + delay;
  return nowSeconds < availableAt ? { kind: "locked", amount, availableAt } : { kind: "available", amount };
}

/** The wallet's current rewards address in the contract, when it contributes (status 1 and 2 allow a change). */
export function beneficiaryState(c: ManagedContract, wallet: string): { current: string; canChange: boolean } | null {
  const entry = c.contributions.find((x) => same(x.address, wallet));
  if (!entry) return null;
  return { current: entry.beneficiary, canChange: c.status === "open" || c.status === "awaitingActivation" };
}

export type OperatorActions = { finalize: boolean; reset: boolean; refunds: { address: string; amount: bigint }[] };

/** The operator's tools: activate a full node waiting for it; reset an unregistered one, refunding every contributor. */
export function operatorActions(c: ManagedContract, wallet: string): OperatorActions | null {
  if (!same(wallet, c.operator)) return null;
  return {
    finalize: c.status === "awaitingActivation",
    reset: isBeforeRegistration(c.status),
    refunds: c.contributions.map((x) => ({ address: x.address, amount: x.amount })),
  };
}

/** A new rewards address for the wallet's stake, as typed: required, a valid address that may receive rewards, not the current one. */
export function newBeneficiaryIssue(text: string, current: string | null, rules: AddressRules): string | null {
  const t = text.trim();
  if (t === "") return "Enter the address that should receive this stake's rewards.";
  const issue = rewardsAddressIssue(t, rules);
  if (issue) return issue;
  if (current && same(t, current)) return "That is already this stake's rewards address.";
  return null;
}
