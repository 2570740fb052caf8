/**
 * The transaction engine's vocabulary: what a flow is made of (its steps, described by the form),
 * the state it shows (one stage per step), and the ports it drives (wallet, chain, refresh), so
 * the engine itself knows nothing of React, wagmi or a particular chain client.
 */
import type { Address, Hash } from "viem";
import type { DescribedError, ErrorContext } from "@/lib/contracts/errors";
import type { WriteCall } from "@/lib/contracts/writes/call";
import type { TxEffect } from "./effects";
import type { PendingStore } from "./pending-store";

/** Let `spender` take exactly `amount` of `token`; skipped when the allowance already covers it. */
export type ApproveStepSpec = { kind: "approve"; token: Address; spender: Address; amount: bigint; label: string };
/** One contract call the user confirms in the wallet. */
export type CallStepSpec = { kind: "call"; call: WriteCall; label: string; effects?: TxEffect[] };
/** A transaction sent before a reload, picked up from the pending store. */
export type SentStepSpec = { kind: "sent"; label: string };
export type StepSpec = ApproveStepSpec | CallStepSpec | SentStepSpec;

/**
 * A contract the flow sends to that is not one of the target's configured contracts: the engine
 * checks it on chain before the first step and sends nothing unless the check says yes
 * (lib/tx/write-targets.ts holds the rule).
 */
export type ContractToVerify =
  /** a contribution contract: the configured factory's `owns(address)` must be true */
  | { kind: "contribution"; address: Address }
  /**
   * a vesting contract the wallet acts through: its `beneficiary()` is the wallet and its `SESH()`,
   * `rewardsContract()` and `snContribFactory()` are the target's configured contracts
   */
  | { kind: "vesting"; address: Address; beneficiary: Address };

export type FlowSpec = {
  /** what the whole flow does, e.g. "Stake 1,250 SESH" */
  title: string;
  /** the chain every step must be sent on */
  chainId: number;
  account: Address;
  steps: StepSpec[];
  /** what the last step changed: refreshed (and waited for) before the flow says done */
  effects: TxEffect[];
  errorContext?: ErrorContext;
  /** the contracts among the steps' targets that are not configured ones, checked on chain first */
  verify?: readonly ContractToVerify[];
};

export type StepStatus =
  /** not reached yet */
  | "waiting"
  /** the next step: needs the user's tap */
  | "ready"
  /** reading the allowance, simulating */
  | "checking"
  /** the allowance already covers it */
  | "skipped"
  /** the wallet is asking the user */
  | "wallet"
  /** sent, waiting for the chain */
  | "pending"
  /** sent, no receipt within the timeout: still pending, not failed */
  | "slow"
  /** mined; refreshing what it changed */
  | "refreshing"
  | "confirmed"
  | "failed";

export type StepState = { kind: StepSpec["kind"]; label: string; status: StepStatus; hash: Hash | null; note: string | null };

export type FlowStatus = "idle" | "running" | "needsTap" | "wrongChain" | "rejected" | "failed" | "done";

export type FlowState = {
  status: FlowStatus;
  title: string;
  steps: StepState[];
  /** index of the step running or next to run */
  current: number;
  error: DescribedError | null;
  /** the hash of the step that finished last (the result's explorer link) */
  lastHash: Hash | null;
  /** that step's receipt: what it emitted (e.g. the address of a contract it created) */
  lastReceipt: Receipt | null;
};

export type ReceiptLog = { address: Address; topics: readonly Hash[]; data: `0x${string}` };
export type Receipt = { status: "success" | "reverted"; blockNumber: bigint; transactionHash: Hash; logs: readonly ReceiptLog[] };
export type Replacement = { reason: "repriced" | "cancelled" | "replaced"; hash: Hash };

/** Thrown by `waitForReceipt` when no receipt came within the timeout (the transaction may still land). */
export class ReceiptTimeout extends Error {
  constructor(readonly hash: Hash) {
    super(`No receipt for ${hash} yet`);
    this.name = "ReceiptTimeout";
  }
}

export type TxPorts = {
  /** the wallet's current chain, undefined when disconnected */
  walletChainId(): Promise<number | undefined>;
  readAllowance(token: Address, owner: Address, spender: Address): Promise<bigint>;
  /** eth_call of the write as `account`; throws the revert */
  simulate(account: Address, call: WriteCall): Promise<void>;
  /** asks the wallet; resolves with the hash once the wallet has sent it */
  send(account: Address, call: WriteCall): Promise<Hash>;
  /** the receipt (the replacement's when the wallet replaced it); ReceiptTimeout after `timeoutMs` */
  waitForReceipt(hash: Hash, opts: { timeoutMs: number; onReplaced: (r: Replacement) => void }): Promise<Receipt>;
  /** invalidates the reads `effects` changed and resolves once they hold values of `atBlock` or later */
  refresh(effects: TxEffect[], atBlock: bigint): Promise<void>;
  describe(error: unknown, ctx?: ErrorContext): DescribedError;
  /** the target's configured contracts (token, rewards, factory, …): the only targets needing no check */
  configuredContracts: readonly Address[];
  /** reads on chain whether `c` is what the flow says it is (true), is not (false); throws when it cannot tell */
  verifyContract(c: ContractToVerify): Promise<boolean>;
  /** where sent transactions are remembered across a reload */
  pending?: PendingStore;
};

export type FlowOptions = { receiptTimeoutMs: number };
