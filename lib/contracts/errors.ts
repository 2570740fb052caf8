/**
 * Why a transaction failed, in a sentence a staker can act on. One table for every custom error of
 * the dApp's ABIs (spec §1.2, §2.7, §3.5; a test walks the ABIs so none is missing), one for the
 * vesting contract's revert strings (it reverts with `Error(string)`, spec Appendix B and C.3) and
 * one for the wallet's own errors (rejected, no ETH for gas, wrong chain, disconnected). Reverts are decoded
 * with viem (`BaseError.walk`, `ContractFunctionRevertedError`) against every ABI at once, because
 * a contribution contract's finalize() bubbles the rewards contract's errors up.
 */
import { BaseError, ContractFunctionRevertedError, decodeErrorResult, type Abi, type Hex } from "viem";
import { rewardRatePoolAbi } from "@/lib/contracts/abi/rewardRatePool";
import { serviceNodeContributionAbi } from "@/lib/contracts/abi/serviceNodeContribution";
import { serviceNodeContributionFactoryAbi } from "@/lib/contracts/abi/serviceNodeContributionFactory";
import { serviceNodeRewardsAbi } from "@/lib/contracts/abi/serviceNodeRewards";
import { seshAbi } from "@/lib/contracts/abi/sesh";
import { tokenVestingStakingAbi } from "@/lib/contracts/abi/tokenVestingStaking";
import { formatSesh } from "@/lib/staking/amounts";
import { contractStatusLabel, decodeContributionStatus } from "@/lib/staking/contract-state";
import { formatFeeBasisPoints } from "@/lib/staking/fees";
import { PAUSED_SENTENCE } from "@/lib/staking/paused";
import { formatDuration, formatUtc } from "@/lib/staking/timing";

/** What the failing action was about, when the caller knows (makes sentences exact). */
export type ErrorContext = {
  /** the amount the user tried to stake or claim, atomic */
  amount?: bigint;
  /** acting through a vesting contract: its `start()` and `end()`, unix seconds */
  vestingStart?: bigint;
  vestingEnd?: bigint;
};

type Args = readonly unknown[];
type Sentence = (args: Args, ctx: ErrorContext) => string;

const big = (v: unknown): bigint => (typeof v === "bigint" ? v : typeof v === "number" ? BigInt(v) : 0n);
const sesh = (v: unknown) => `${formatSesh(big(v))} SESH`;
const time = (v: unknown) => formatUtc(Number(big(v)));
const short = (v: unknown) => {
  const s = String(v);
  return s.length > 12 ? `${s.slice(0, 6)}…${s.slice(-4)}` : s;
};
/** A revert's status argument (the enum's number) in words. */
const statusText = (v: unknown) => {
  const status = decodeContributionStatus(Number(big(v)));
  return status ? contractStatusLabel(status).toLowerCase() : `in status ${big(v)}`;
};
const wait = (until: unknown, now: unknown) => {
  const left = Number(big(until) - big(now));
  return left > 0 ? ` (in ${formatDuration(left)})` : "";
};

/** Every custom error of the ABIs, by name. Sentences say what happened and what to do. */
export const CUSTOM_ERROR_SENTENCES: Record<string, Sentence> = {
  // ---- token (SESHL2) ----
  ERC20InsufficientAllowance: ([, allowance, needed]) =>
    `The contract may only take ${sesh(allowance)} of your SESH but needs ${sesh(needed)}: approve the amount again, then retry.`,
  ERC20InsufficientBalance: ([, balance, needed]) => `Your wallet holds ${sesh(balance)}, less than the ${sesh(needed)} this needs.`,
  ERC20InvalidApprover: () => "The token refused an approval from the zero address.",
  ERC20InvalidReceiver: () => "The token refused to send SESH to the zero address.",
  ERC20InvalidSender: () => "The token refused a transfer from the zero address.",
  ERC20InvalidSpender: () => "The token refused an approval for the zero address.",
  InvalidInitialization: () => "This contract is already initialised.",
  NotInitializing: () => "This contract is not being initialised.",

  // ---- ServiceNodeRewards ----
  BLSPubkeyAlreadyExists: ([id]) => `This node's BLS key is already registered, as node #${big(id)}.`,
  BLSPubkeyDoesNotExist: () => "This BLS key is not registered: the node has already left the registry.",
  BLSPubkeyDoesNotMatch: ([id]) => `Node #${big(id)} is registered with another BLS key than the one in the signature.`,
  CallerNotContributor: ([id]) => `Only a wallet that staked in node #${big(id)} can request its exit (a rewards address cannot), and this wallet did not stake in it.`,
  ClaimThresholdExceeded: () =>
    "The network-wide claim limit for this cycle would be exceeded: claim a smaller amount now, or the rest after the cycle resets.",
  ContractAlreadyStarted: () => "The rewards contract has already started.",
  ContractNotStarted: () => "The rewards contract has not started yet: registrations, exits and reward updates open when it does.",
  ContributionTotalMismatch: ([required, provided]) => `The stakes add up to ${sesh(provided)}, but a node needs exactly ${sesh(required)}.`,
  DeleteSentinelNodeNotAllowed: () => "The registry's list head cannot be removed.",
  Ed25519PubkeyAlreadyExists: ([id]) => `This node's Ed25519 key is already registered, as node #${big(id)}.`,
  EnforcedPause: () => PAUSED_SENTENCE,
  ExitTooEarly: ([id, added, now]) =>
    `Node #${big(id)} joined too recently to exit: a node must be registered for 2 hours first (registered ${time(added)}, now ${time(now)}).`,
  ExpectedPause: () => "The contract is not paused.",
  InsufficientBLSSignatures: ([signers, required]) =>
    `Too few Session Nodes signed (${big(signers)} of the ${big(required)} needed): fetch a fresh signature and retry.`,
  InsufficientContributors: () => "A node needs at least one contributor.",
  InsufficientNodes: () => "The registry has no node to remove.",
  InsufficientOperatorContribution: ([stake]) => `The operator's stake of ${sesh(stake)} is below the required 25 % of the staking requirement.`,
  InvalidBLSProofOfPossession: () =>
    "The node's proof of possession does not match this operator address: the keys were prepared for another wallet, or they are corrupt.",
  InvalidBLSSignature: () => "The Session Network's signature did not verify (it may be stale, or the node set changed): fetch a fresh one and retry.",
  LeaveRequestNotInitiatedYet: ([id]) => `Node #${big(id)} has no exit request yet: request the exit first.`,
  // raised for a repeated exit request within the hour and for an unsigned exit within 30 days of the first request
  LeaveRequestTooEarly: ([id, end, now]) =>
    `Too early for node #${big(id)}: this is possible from ${time(end)}${wait(end, now)} (a repeated exit request waits an hour after the last one, an exit without the network's signature 30 days after the first).`,
  LiquidatorPenaltyTooHigh: () => "Those liquidation ratios would take too much from the stakers.",
  MaxClaimExceeded: () => "That is more than this address can claim: the amount is above its unclaimed rewards.",
  // ServiceNodeRewards' has no argument; the contribution contract's overload carries the maximum
  MaxContributorsExceeded: ([max]) => (max === undefined ? "Too many contributors for one node." : `This node already has its maximum of ${big(max)} contributors.`),
  MaxPubkeyAggregationsExceeded: () => "Too many nodes registered in this block: wait a minute and retry.",
  NullAddress: () => "An address in this transaction is the zero address.",
  NullBLSPubkey: () => "The node's BLS key is empty.",
  NullEd25519Pubkey: () => "The node's Ed25519 key is empty.",
  OwnableInvalidOwner: () => "That owner address is invalid.",
  OwnableUnauthorizedAccount: ([account]) => `Only the contract's owner can do this, not ${short(account)}.`,
  PositiveNumberRequirement: () => "The value must be above zero.",
  RecipientAddressDoesNotMatch: () => "The rewards recipient does not match the node's record.",
  RecipientRewardsTooLow: () => "The chain already holds this rewards balance (or a newer one): nothing to update, claim directly.",
  ServiceNodeDoesntExist: ([id]) => `Node #${big(id)} does not exist.`,
  SignatureExpired: ([id, ts, now]) =>
    `The Session Network's signature for node #${big(id)} expired (signed ${time(ts)}, now ${time(now)}): fetch a fresh one and retry.`,
  SmallContributorLeaveTooEarly: ([id]) =>
    `Your stake in node #${big(id)} is under 25 % of it: a contributor that small can request an exit only 30 days after the node registered.`,

  // ---- ServiceNodeContribution ----
  BeneficiaryUpdatingDisabledNodeIsNotOpen: () => "The rewards address can only change while the node is still collecting stakes.",
  CalcMinContributionGivenBadContribArgs: ([n, max]) => `No contributor slot is left (${big(n)} of ${big(max)} taken).`,
  ContributeFundsNotPossible: ([status]) => `This node is not taking contributions any more (${statusText(status)}).`,
  ContributionBelowMinAmount: ([contributed, min]) => `${sesh(contributed)} is below this node's minimum contribution of ${sesh(min)}.`,
  ContributionBelowReservedAmount: ([contributed, reserved]) => `A slot of ${sesh(reserved)} is reserved for you: contribute at least that, not ${sesh(contributed)}.`,
  ContributionExceedsStakingRequirement: ([total, reserved, requirement], ctx) => {
    const before = ctx.amount !== undefined ? big(total) - ctx.amount : null;
    const left = before !== null ? big(requirement) - big(reserved) - before : null;
    if (left === 0n) return "This node filled up while you were confirming: nothing is left to stake.";
    return left !== null && left > 0n
      ? `This node filled up while you were confirming: ${sesh(left)} is left.`
      : `That would stake ${sesh(total)} with ${sesh(reserved)} still reserved, above the ${sesh(requirement)} the node needs.`;
  },
  DuplicateAddressInReservedContributor: ([i]) => `Reserved slot ${big(i) + 1n} repeats an address that already has a slot.`,
  FeeExceedsPossibleValue: ([fee, max]) => `A fee of ${formatFeeBasisPoints(Number(big(fee)))} is above the maximum of ${formatFeeBasisPoints(Number(big(max)))}.`,
  FinalizeNotPossible: ([status]) => `The node cannot be activated now (${statusText(status)}): it must be fully staked first.`,
  FirstContributionMustBeOperator: ([, operator]) => `The operator (${short(operator)}) must contribute first; the node opens to others after that.`,
  FirstReservedContributorMustBeOperator: () => "The first reserved slot must be the operator's own.",
  NonContributorUpdatedBeneficiary: () => "Only a contributor of this node can change a rewards address, and this wallet is not one.",
  OnlyOperatorIsAuthorised: ([, operator]) => `Only the node's operator (${short(operator)}) can do this.`,
  RequireWaitForOperatorContribStatus: ([status]) =>
    `This can only change before the operator's first contribution; the node is ${statusText(status)}.`,
  RescueBalanceIsEmpty: () => "There is nothing of that token to rescue.",
  RescueNotPossible: ([status]) => `Tokens cannot be rescued while the node is ${statusText(status)}.`,
  ReservedContributionBelowMinAmount: ([i, amount, min]) => `Reserved slot ${big(i) + 1n} (${sesh(amount)}) is below the minimum of ${sesh(min)} for that slot.`,
  ReservedContributionExceedsStakingRequirement: ([i, amount, remaining]) =>
    `Reserved slot ${big(i) + 1n} (${sesh(amount)}) is more than the ${sesh(remaining)} left of the requirement.`,
  ReservedContributorHasZeroAddress: ([i]) => `Reserved slot ${big(i) + 1n} has no address.`,
  RewardsContractMaxContributorsChanged: () =>
    "The network changed its staking rules after this node was created: it can no longer be filled. Withdraw your stake from it.",
  RewardsContractStakingRequirementChanged: ([, required]) =>
    `The network's staking requirement changed to ${sesh(required)}: this node can no longer be filled. Withdraw your stake from it.`,
  TooManyReservedContributors: ([length, max]) => `${big(length)} reserved slots is more than the ${big(max)} a node can have.`,
  WithdrawTooEarly: ([contributed, now, delay]) => {
    const at = big(contributed) + big(delay);
    const seconds = Number(big(delay));
    const delayText = seconds % 3600 === 0 ? `${seconds / 3600} hours` : formatDuration(seconds);
    return `You can withdraw ${delayText} after your last contribution: from ${time(at)}${wait(at, now)}.`;
  },

  // ---- OpenZeppelin library errors the live bytecode declares ----
  AddressEmptyCode: ([target]) => `There is no contract at ${short(target)} on this network.`,
  AddressInsufficientBalance: () => "The contract does not hold enough funds for this.",
  FailedInnerCall: () => "A call inside the contract failed.",
  SafeERC20FailedOperation: () => "A SESH transfer inside the contract failed.",
};

/**
 * The vesting contract's revert strings (`Error(string)`), keyed by the exact string. "Vesting
 * access" is the beneficiary's, or the revoker's once the contract is revoked, from `start` on.
 */
export const REVERT_STRING_SENTENCES: Record<string, (ctx: ErrorContext) => string> = {
  "Vesting: Caller must be beneficiary": () =>
    "Only this vesting contract's beneficiary can do this, and the connected wallet is not (or no longer) its beneficiary.",
  "Vesting: Caller must be revoker": () =>
    "Only this vesting contract's revoker can do this: once a vesting contract is revoked, its revoker acts for it, not its beneficiary.",
  "Vesting: token revoked": () => "This vesting contract was revoked: its tokens go to the revoker, not to the beneficiary.",
  "Vesting: not started": ({ vestingStart }) =>
    vestingStart !== undefined
      ? `This vesting contract has not started yet: it can stake from ${time(vestingStart)}.`
      : "This vesting contract has not started yet: it can stake once its start date has passed.",
  "Vesting: beneficiary not transferable": () => "This vesting contract's beneficiary cannot be handed over to another wallet.",
  "Vesting: no tokens are due": ({ vestingEnd }) =>
    `Nothing to withdraw yet: the tokens unlock when the vesting ends${vestingEnd !== undefined ? `, ${time(vestingEnd)}` : ""}, and only what the contract holds (not what is staked or unclaimed) can be withdrawn.`,
  "Vesting: vesting expired": () => "This vesting contract has already ended: it can no longer be revoked.",
  "Vesting: start_ after end_": () => "The vesting's start date is after its end date.",
  "Vesting: start before current time": () => "The vesting's start date must be in the future.",
  "Shared: Zero-address is not permitted": () => "An address in this transaction is empty (the zero address): enter the address it needs and retry.",
  "Contract address is not a valid multi-contributor SN contract": () =>
    "That node contract was not made by Session's staking factory: a vesting contract can only stake in nodes the factory created.",
};

/** Revert strings whose cause passes with time. */
const RETRYABLE_REVERT_STRINGS = new Set(["Vesting: not started", "Vesting: no tokens are due"]);

/** Every error of the dApp's ABIs, for decoding raw revert data whichever contract raised it. */
const ALL_ERRORS_ABI: Abi = [seshAbi, serviceNodeRewardsAbi, serviceNodeContributionAbi, serviceNodeContributionFactoryAbi, rewardRatePoolAbi, tokenVestingStakingAbi]
  .flat()
  .filter((item) => item.type === "error");

/** `untrusted`: the flow refused a contract it could not vouch for (lib/tx/write-targets.ts) */
export type ErrorKind = "rejected" | "revert" | "wallet" | "network" | "untrusted" | "unknown";

export type DescribedError = {
  kind: ErrorKind;
  message: string;
  /** whether trying the same thing again can succeed without changing the input */
  retryable: boolean;
  /** the contract's custom error, or its revert string when the table knows it */
  errorName?: string;
};

/** A custom error by name and arguments, as a sentence. */
export function customErrorSentence(name: string, args: Args, ctx: ErrorContext = {}): string {
  const sentence = CUSTOM_ERROR_SENTENCES[name];
  return sentence ? sentence(args, ctx) : `The contract refused this (${name}).`;
}

/** Custom errors whose cause can pass (time, fresh signature, the chain catching up). */
const RETRYABLE_REVERTS = new Set(["InsufficientBLSSignatures", "InvalidBLSSignature", "SignatureExpired", "MaxPubkeyAggregationsExceeded", "ERC20InsufficientAllowance", "EnforcedPause", "LeaveRequestTooEarly", "WithdrawTooEarly", "ClaimThresholdExceeded"]);

type Walkable = { code?: unknown; name?: unknown; message?: unknown; details?: unknown; shortMessage?: unknown; cause?: unknown; data?: unknown };

function chain(e: unknown): Walkable[] {
  const out: Walkable[] = [];
  let cur: unknown = e;
  for (let i = 0; i < 12 && cur && typeof cur === "object"; i++) {
    out.push(cur as Walkable);
    cur = (cur as Walkable).cause;
  }
  return out;
}

function textOf(e: Walkable): string {
  return [e.shortMessage, e.details, e.message].filter((t): t is string => typeof t === "string").join(" ");
}

function decodeRevert(e: unknown): { name: string; args: Args } | null {
  if (e instanceof BaseError) {
    const reverted = e.walk((x) => x instanceof ContractFunctionRevertedError);
    if (reverted instanceof ContractFunctionRevertedError) {
      if (reverted.data?.errorName && reverted.data.errorName !== "Error" && reverted.data.errorName !== "Panic") return { name: reverted.data.errorName, args: reverted.data.args ?? [] };
      if (reverted.raw) {
        try {
          const d = decodeErrorResult({ abi: ALL_ERRORS_ABI, data: reverted.raw });
          return { name: d.errorName, args: d.args ?? [] };
        } catch {
          /* not one of ours */
        }
      }
    }
  }
  // a revert reported by the RPC or the wallet with raw data only
  for (const link of chain(e)) {
    const data = typeof link.data === "string" ? link.data : typeof (link.data as { data?: unknown } | undefined)?.data === "string" ? (link.data as { data: string }).data : null;
    if (data && /^0x[0-9a-fA-F]{8}/.test(data)) {
      try {
        const d = decodeErrorResult({ abi: ALL_ERRORS_ABI, data: data as Hex });
        return { name: d.errorName, args: d.args ?? [] };
      } catch {
        /* keep looking */
      }
    }
  }
  // a wallet that kept only the message ("execution reverted: Vesting: not started"): the table's
  // strings are distinctive enough to find in it
  const said = chain(e)
    .flatMap((link) => [textOf(link), (link.data as { message?: unknown } | undefined)?.message])
    .filter((t): t is string => typeof t === "string")
    .join(" ");
  const known = Object.keys(REVERT_STRING_SENTENCES).find((reason) => said.includes(reason));
  return known ? { name: "Error", args: [known] } : null;
}

/** A decoded revert as a sentence: a custom error by name, an `Error(string)` by its string. */
function describeRevert({ name, args }: { name: string; args: Args }, ctx: ErrorContext): DescribedError {
  if (name === "Error" && typeof args[0] === "string") {
    const reason = args[0];
    const sentence = REVERT_STRING_SENTENCES[reason];
    if (sentence) return { kind: "revert", message: sentence(ctx), retryable: RETRYABLE_REVERT_STRINGS.has(reason), errorName: reason };
    if (reason) return { kind: "revert", message: `The contract refused this: "${reason}".`, retryable: false, errorName: name };
  }
  return { kind: "revert", message: customErrorSentence(name, args, ctx), retryable: RETRYABLE_REVERTS.has(name), errorName: name };
}

/** Any error from simulate, send or wait, as a sentence and what the UI can offer. */
export function describeError(error: unknown, ctx: ErrorContext = {}): DescribedError {
  const links = chain(error);
  const codes = links.map((l) => l.code);
  const names = links.map((l) => String(l.name ?? ""));
  const text = links.map(textOf).join(" ");

  if (codes.includes(4001) || names.includes("UserRejectedRequestError") || /user (rejected|denied)|rejected the request|request rejected/i.test(text)) {
    return { kind: "rejected", message: "You declined in your wallet. Nothing was sent; you can try again when ready.", retryable: true };
  }
  const revert = decodeRevert(error);
  if (revert) return describeRevert(revert, ctx);
  if (names.includes("InsufficientFundsError") || /insufficient funds/i.test(text)) {
    return { kind: "wallet", message: "Your wallet has too little ETH to pay the network fee (gas). Add some ETH on this network and retry.", retryable: true };
  }
  if (names.includes("ChainMismatchError") || names.includes("ConnectorChainMismatchError") || /does not match the target chain|chain mismatch/i.test(text)) {
    return { kind: "wallet", message: "Your wallet is on another network. Switch it to the staking network and retry.", retryable: true };
  }
  if (codes.includes(4900) || codes.includes(4901) || names.includes("ConnectorNotConnectedError") || names.includes("ProviderDisconnectedError") || /disconnected|not connected/i.test(text)) {
    return { kind: "wallet", message: "Your wallet disconnected. Connect it again and retry.", retryable: true };
  }
  if (names.some((n) => n === "HttpRequestError" || n === "TimeoutError" || n === "WebSocketRequestError") || /fetch failed|failed to fetch|network error|timed out/i.test(text)) {
    return { kind: "network", message: "The network could not be reached. Check your connection and retry.", retryable: true };
  }
  if (/execution reverted|reverted/i.test(text)) {
    return { kind: "revert", message: "The contract refused this transaction without saying why.", retryable: false };
  }
  const first = error instanceof BaseError ? error.shortMessage : error instanceof Error ? error.message.split("\n")[0] : String(error);
  return { kind: "unknown", message: first || "Something went wrong.", retryable: true };
}
