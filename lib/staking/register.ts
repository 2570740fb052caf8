/**
 * Registering a node (spec §2.4 addBLSPublicKey, §3.3/§3.4 the factory's contribution contract):
 * the keys a Session node prints for its operator, checked field by field; the solo and the
 * multi-contributor settings (operator stake, fee, reserved slots, auto-activation) with a message
 * for every mistake, computed exactly as the contracts will check them. Pure.
 */
import { formatSesh, parseSesh } from "./amounts";
import { calcMinimumContribution, minimumOperatorContribution } from "./contribution";
import { rewardsAddressIssue, type AddressRules } from "./addresses";
import { parseFeePercent } from "./fees";
import { isBeforeRegistration, type ContributionStatus } from "./contract-state";
import { NOT_FROM_FACTORY_SENTENCE } from "./contract-trust";
import { PAUSED_SENTENCE } from "./paused";

/** A node's keys and proofs of possession as the node prints them (hex): what registering it needs. */
export type NodeKeys = { pubkey_bls: string; sig_bls: string; pubkey_ed25519: string; sig_ed25519: string };
export type NodeKeyIssues = Partial<Record<keyof NodeKeys, string>>;

export const REGISTRATION_FIELDS: Record<keyof NodeKeys, { label: string; hexChars: number }> = {
  pubkey_ed25519: { label: "Ed25519 public key", hexChars: 64 },
  pubkey_bls: { label: "BLS public key", hexChars: 128 },
  sig_bls: { label: "BLS proof of possession", hexChars: 256 },
  sig_ed25519: { label: "Ed25519 signature", hexChars: 128 },
};

function hexIssue(raw: string, label: string, hexChars: number): string | null {
  const v = raw.trim().replace(/^0x/i, "");
  if (v === "") return `Paste the ${label}.`;
  const bad = /[^0-9a-fA-F]/.exec(v);
  if (bad) return `The ${label} contains "${bad[0]}", which is not a hex digit (0-9, a-f).`;
  if (v.length !== hexChars) return `The ${label} must be ${hexChars} hex characters (${hexChars / 2} bytes); this one has ${v.length}.`;
  return null;
}

/** Each key and signature: hex, exact length; normalised to lower case without 0x. */
export function validateRegistrationKeys(input: NodeKeys): { ok: true; keys: NodeKeys } | { ok: false; issues: NodeKeyIssues } {
  const issues: NodeKeyIssues = {};
  for (const [field, { label, hexChars }] of Object.entries(REGISTRATION_FIELDS) as [keyof NodeKeys, { label: string; hexChars: number }][]) {
    const issue = hexIssue(input[field] ?? "", label, hexChars);
    if (issue) issues[field] = issue;
  }
  if (Object.keys(issues).length > 0) return { ok: false, issues };
  const norm = (s: string) => s.trim().replace(/^0x/i, "").toLowerCase();
  return { ok: true, keys: { pubkey_bls: norm(input.pubkey_bls), sig_bls: norm(input.sig_bls), pubkey_ed25519: norm(input.pubkey_ed25519), sig_ed25519: norm(input.sig_ed25519) } };
}

/**
 * A registration pasted as the JSON the backend serves (one Registration object, or a
 * `/registrations` answer whose first entry is taken). Field values are checked by
 * validateRegistrationKeys; here only that the fields are there.
 */
export function parsePastedRegistration(text: string): { ok: true; registration: NodeKeys & { operator: string | null } } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: "That is not JSON: paste the registration exactly as the node or the network printed it." };
  }
  const list = raw && typeof raw === "object" && Array.isArray((raw as { registrations?: unknown }).registrations) ? (raw as { registrations: unknown[] }).registrations : [raw];
  const first = list[0];
  if (!first || typeof first !== "object") return { ok: false, error: "The pasted JSON holds no registration." };
  const o = first as Record<string, unknown>;
  for (const field of Object.keys(REGISTRATION_FIELDS)) {
    if (typeof o[field] !== "string") return { ok: false, error: `The pasted JSON has no "${field}" field (the ${REGISTRATION_FIELDS[field as keyof NodeKeys].label}).` };
  }
  return {
    ok: true,
    registration: { pubkey_bls: String(o.pubkey_bls), sig_bls: String(o.sig_bls), pubkey_ed25519: String(o.pubkey_ed25519), sig_ed25519: String(o.sig_ed25519), operator: typeof o.operator === "string" ? o.operator : null },
  };
}


export type SoloContext = AddressRules & { requirement: bigint; balance: bigint | null; ethBalance: bigint | null };

/** Why a solo registration cannot be sent (before any input): the wallet must hold the whole requirement. */
export function soloBlocker(ctx: SoloContext): string | null {
  if (ctx.ethBalance === 0n) return "Your wallet has no ETH to pay the network fee (gas) on this network.";
  if (ctx.balance !== null && ctx.balance < ctx.requirement) return `A solo node needs ${formatSesh(ctx.requirement)} SESH; your wallet holds ${formatSesh(ctx.balance)} SESH.`;
  return null;
}

export type ReservedSlotInput = { address: string; amount: string };
export type MultiInput = { operatorStake: string; fee: string; reserved: readonly ReservedSlotInput[]; autoActivate: boolean };
export type MultiContext = AddressRules & { requirement: bigint; maxContributors: bigint; operator: string; balance: bigint | null };

export type MultiIssues = {
  operatorStake?: string;
  fee?: string;
  /** per slot, in order */
  reserved: ({ address?: string; amount?: string } | null)[];
  slots?: string;
};

export type MultiSettings = {
  operatorStake: bigint;
  feeBasisPoints: number;
  /** the contract's reservation list: empty, or the operator first then every reserved slot */
  reserved: { addr: string; amount: bigint }[];
  manualFinalize: boolean;
};

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const ordinal = (n: number) => `${n}${n % 10 === 1 && n % 100 !== 11 ? "st" : n % 10 === 2 && n % 100 !== 12 ? "nd" : n % 10 === 3 && n % 100 !== 13 ? "rd" : "th"}`;

/**
 * The multi-contributor settings, checked as the factory's contribution contract checks its
 * reservations (§3.4): the operator first with at least 25 %, then each reserved slot at least the
 * minimum for its place and at most what is left, no duplicate, no zero address, at most
 * maxContributors − 1 others.
 */
export function validateMultiRegistration(input: MultiInput, ctx: MultiContext): { ok: true; settings: MultiSettings } | { ok: false; issues: MultiIssues } {
  const issues: MultiIssues = { reserved: input.reserved.map(() => null) };
  let failed = false;
  const stake = parseSesh(input.operatorStake);
  const minOperator = minimumOperatorContribution(ctx.requirement);
  let operatorStake = 0n;
  if (!stake.ok) issues.operatorStake = stake.error;
  else if (stake.atomic < minOperator) issues.operatorStake = `The operator stakes at least 25 % of the requirement: ${formatSesh(minOperator)} SESH.`;
  else if (stake.atomic > ctx.requirement) issues.operatorStake = `A node needs ${formatSesh(ctx.requirement)} SESH in all: the operator cannot stake more.`;
  else if (ctx.balance !== null && stake.atomic > ctx.balance) issues.operatorStake = `Your wallet holds ${formatSesh(ctx.balance)} SESH, less than that.`;
  else operatorStake = stake.atomic;
  if (issues.operatorStake) failed = true;

  const fee = parseFeePercent(input.fee);
  if (!fee.ok) {
    issues.fee = fee.error;
    failed = true;
  }

  if (BigInt(input.reserved.length) > ctx.maxContributors - 1n) {
    issues.slots = `A node has at most ${ctx.maxContributors} contributors: ${ctx.maxContributors - 1n} reserved slots besides yours.`;
    failed = true;
  }
  const seen = new Set<string>([ctx.operator.toLowerCase()]);
  let remaining = ctx.requirement - operatorStake;
  const reserved: { addr: string; amount: bigint }[] = [];
  input.reserved.forEach((slot, i) => {
    const place = i + 2; // the operator is the 1st contributor
    const slotIssues: { address?: string; amount?: string } = {};
    const addr = slot.address.trim();
    if (addr === "") slotIssues.address = "Enter the address this slot is reserved for.";
    else if (same(addr, ctx.operator)) slotIssues.address = "That is your own address: your stake is the operator's slot.";
    else if (seen.has(addr.toLowerCase())) slotIssues.address = "This address already has a slot.";
    else {
      const issue = rewardsAddressIssue(addr, ctx);
      if (issue) slotIssues.address = issue.replace("receive rewards", "hold a slot").replace("rewards sent there would be lost", "a slot there could never be paid");
    }
    seen.add(addr.toLowerCase());
    const amount = parseSesh(slot.amount);
    if (!amount.ok) slotIssues.amount = amount.error;
    else if (operatorStake > 0n) {
      const min = calcMinimumContribution(remaining, BigInt(i + 1), ctx.maxContributors);
      if (remaining <= 0n || min === null) slotIssues.amount = "Nothing is left of the requirement for this slot.";
      else if (amount.atomic > remaining) slotIssues.amount = `Only ${formatSesh(remaining)} SESH is left of the requirement for this slot.`;
      else if (amount.atomic < min) slotIssues.amount = `The ${ordinal(place)} contributor's slot needs at least ${formatSesh(min, { maxDecimals: 9 })} SESH.`;
      else {
        remaining -= amount.atomic;
        reserved.push({ addr, amount: amount.atomic });
      }
    }
    if (slotIssues.address || slotIssues.amount) {
      issues.reserved[i] = slotIssues;
      failed = true;
    }
  });
  if (failed || !fee.ok) return { ok: false, issues };
  return {
    ok: true,
    settings: {
      operatorStake,
      feeBasisPoints: fee.basisPoints,
      reserved: reserved.length === 0 ? [] : [{ addr: ctx.operator, amount: operatorStake }, ...reserved],
      manualFinalize: !input.autoActivate,
    },
  };
}

/** What the chain says about a node's keys (lib/contracts/reads/registration-checks fits). */
export type RegistrationChainFacts = { proofOfPossessionValid: boolean; blsRegisteredAs: bigint | null; ed25519RegisteredAs: bigint | null; started: boolean | null; paused: boolean | null };

export type CheckVerdict = { ok: boolean; reason: string | null };

/**
 * What stops this registration before anything is sent: the proof of possession must verify for the
 * connected operator, neither key may be registered, no open contribution contract may exist for the
 * node (unless it is the one this wizard created), the registry must be started and not paused.
 */
export function registrationVerdict(checks: RegistrationChainFacts | undefined, openContract: { address: string; status: ContributionStatus } | null, ownContract: string | null): CheckVerdict {
  if (!checks) return { ok: false, reason: "Checking the keys on the chain…" };
  if (checks.paused) return { ok: false, reason: PAUSED_SENTENCE };
  if (checks.started === false) return { ok: false, reason: "The rewards contract has not started yet: registrations open when it does." };
  if ((checks.blsRegisteredAs ?? 0n) > 0n) return { ok: false, reason: `This node's BLS key is already registered, as node #${checks.blsRegisteredAs}.` };
  if ((checks.ed25519RegisteredAs ?? 0n) > 0n) return { ok: false, reason: `This node's Ed25519 key is already registered, as node #${checks.ed25519RegisteredAs}.` };
  if (!checks.proofOfPossessionValid) return { ok: false, reason: "The proof of possession does not verify for this wallet: the keys were prepared for another operator address, or they are corrupt." };
  if (openContract && isBeforeRegistration(openContract.status) && openContract.address.toLowerCase() !== ownContract?.toLowerCase()) {
    return { ok: false, reason: "This node already has an open contribution contract." };
  }
  return { ok: true, reason: null };
}


/** The contribution contract a resumed wizard names (its URL's `contract=`), as the chain reads it. */
export type WizardContractFacts = { operator: string; ed25519Pubkey: bigint; ownedByFactory: boolean | null };

export type WizardContractVerdict = { kind: "checking" } | { kind: "ok" } | { kind: "refused"; reason: string };

/**
 * Step 2 of a multi-contributor registration stakes the operator's share into the contract its URL
 * names. A link can name any address: the operator stakes only into a contract the configured
 * factory created, for this very node, with this wallet as its operator.
 */
export function wizardContractVerdict(facts: WizardContractFacts | null, read: boolean, expected: { operator: string; ed25519Hex: string }): WizardContractVerdict {
  if (!read) return { kind: "checking" };
  if (!facts) return { kind: "refused", reason: "No node contribution contract answers at the address in this link: start the registration again from /register." };
  if (facts.ownedByFactory === false) return { kind: "refused", reason: NOT_FROM_FACTORY_SENTENCE };
  if (facts.ownedByFactory === null) return { kind: "checking" };
  if (facts.operator.toLowerCase() !== expected.operator.toLowerCase()) return { kind: "refused", reason: "This contract belongs to another operator: only the wallet that created it stakes the operator's share." };
  if (facts.ed25519Pubkey !== BigInt(`0x${expected.ed25519Hex}`)) return { kind: "refused", reason: "This contract is for another node than the keys on this page: start the registration again from /register." };
  return { kind: "ok" };
}
