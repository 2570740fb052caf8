/**
 * The contribute form's rules (spec §3.3, §3.4): who may stake how much in a contribution
 * contract right now, what stops the form altogether (closed node, no ETH for gas), and every
 * inline message for a typed amount or rewards address. Pure; the form validates with exactly this
 * function (react-hook-form resolver in components/dapp/contract), so what the form accepts is what
 * these rules say. Not a zod schema on purpose: zod added 31 KiB gzip to /stake/<contract>'s first
 * load (1.62x the bare page, over the 1.5x budget; 1.44x without), for rules that are all custom.
 */
import { formatSesh, parseSesh } from "./amounts";
import { maxAmount } from "./max-amount";
import type { ContributionStatus } from "./contract-state";
import { rewardsAddressIssue, type AddressRules } from "./addresses";
import { contributionRequirementFor, isSmallContributor, minimumOperatorContribution, type ContributionRequirement, type ContributionSnapshot } from "./contribution";

export type ContributionContractLike = ContributionSnapshot & { address: string; status: ContributionStatus; operator: string };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * What this wallet may contribute now: the contract's status first (only statuses 0 and 1 accept
 * funds, and in status 0 only the operator), then the slot and amount rules.
 */
export function contributionAllowance(c: ContributionContractLike, wallet: string): ContributionRequirement {
  if (c.status === "awaitingActivation") return { kind: "closed", reason: "This node is fully staked and waits for its operator to activate it." };
  if (c.status === "finalized") return { kind: "closed", reason: "This node has registered: it takes no more contributions." };
  if (c.status === "awaitingOperator" && !same(wallet, c.operator)) return { kind: "closed", reason: "The operator has not opened this node to contributors yet." };
  return contributionRequirementFor(c, wallet);
}

export type ContributeContext = AddressRules & {
  allowance: ContributionRequirement;
  /** the wallet's SESH; null while unknown */
  balance: bigint | null;
  /** the wallet's ETH for gas; null while unknown */
  ethBalance: bigint | null;
};

/** Why the form cannot be sent at all, before any input: shown as the button's reason. */
export function contributeBlocker(ctx: Pick<ContributeContext, "allowance" | "balance" | "ethBalance">): string | null {
  if (ctx.allowance.kind === "closed") return ctx.allowance.reason;
  if (ctx.ethBalance === 0n) return "Your wallet has no ETH to pay the network fee (gas) on this network.";
  if (ctx.balance === 0n) return "Your wallet holds no SESH.";
  return null;
}

/** Min and Max buttons: Max is the smaller of the balance and what may still be added (a reserved slot: its amount). */
export function amountBounds(ctx: Pick<ContributeContext, "allowance" | "balance">): { min: bigint; max: bigint } | null {
  const a = ctx.allowance;
  if (a.kind === "closed") return null;
  const cap = a.kind === "reserved" ? a.min : a.max;
  return { min: a.min, max: maxAmount(cap, ctx.balance) };
}

export type ContributeValues = { amount: string; beneficiary: string };
export type ContributeIssues = Partial<Record<keyof ContributeValues, string>>;
export type ContributeResult = { ok: true; amount: bigint; beneficiary: string | null } | { ok: false; issues: ContributeIssues };

function amountIssue(text: string, ctx: ContributeContext): { issue: string } | { atomic: bigint } {
  const parsed = parseSesh(text);
  if (!parsed.ok) return { issue: parsed.error };
  const v = parsed.atomic;
  if (v === 0n) return { issue: "Enter an amount above 0." };
  const a = ctx.allowance;
  if (a.kind === "closed") return { issue: a.reason };
  // minimums to the last unit: a truncated minimum would itself be refused
  if (a.kind === "reserved" && v < a.min) return { issue: `A slot of ${formatSesh(a.min, { maxDecimals: 9 })} SESH is reserved for you: contribute at least that.` };
  if (a.kind === "new" && v < a.min) return { issue: `The minimum contribution to this node is ${formatSesh(a.min, { maxDecimals: 9 })} SESH.` };
  if (v > a.max) return { issue: a.max === 0n ? "Nothing is left to stake in this node." : `Only ${formatSesh(a.max)} SESH is left to stake in this node.` };
  if (ctx.balance !== null && v > ctx.balance) return { issue: `Your wallet holds ${formatSesh(ctx.balance)} SESH, less than that.` };
  return { atomic: v };
}

export function validateContribution(values: ContributeValues, ctx: ContributeContext): ContributeResult {
  const issues: ContributeIssues = {};
  const amount = amountIssue(values.amount, ctx);
  if ("issue" in amount) issues.amount = amount.issue;
  const b = rewardsAddressIssue(values.beneficiary, ctx);
  if (b) issues.beneficiary = b;
  if ("issue" in amount || b) return { ok: false, issues };
  return { ok: true, amount: amount.atomic, beneficiary: values.beneficiary.trim() || null };
}

export type ContributionNotice = { lockHours: number; smallBelow: bigint; isTopUp: boolean; smallAfterThis: boolean | null };

/**
 * What the staker should know before contributing: funds are locked 24 h (a top-up restarts it), and
 * a contributor below 25 % of the requirement may request an exit only 30 days after registration.
 */
export function contributionNotice(s: ContributionSnapshot, wallet: string, amount: bigint | null, withdrawalDelaySeconds = 86_400): ContributionNotice {
  const own = s.contributions.filter((c) => same(c.address, wallet)).reduce((sum, c) => sum + c.amount, 0n);
  return {
    lockHours: withdrawalDelaySeconds / 3600,
    smallBelow: minimumOperatorContribution(s.stakingRequirement),
    isTopUp: own > 0n,
    smallAfterThis: amount === null ? null : isSmallContributor(own + amount, s.stakingRequirement),
  };
}
