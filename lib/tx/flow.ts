/**
 * The one transaction engine of the dApp. A flow is a list of steps (an optional exact-amount
 * approval, then contract calls); the engine runs each the same way:
 *
 *   check the wallet's chain (wrong: say so, send nothing) -> every contract the flow would send
 *   to or approve is a configured one or checked on chain now (the factory owns it; otherwise
 *   refuse and send nothing) -> approvals: read the allowance and
 *   skip when it covers the amount -> simulate -> ask the wallet -> wait for the receipt with a
 *   timeout ("still pending" is not a failure; a sped-up transaction is followed to its
 *   replacement) -> a reverted receipt is a failure -> refresh what it changed and wait for the
 *   fresh values -> confirmed.
 *
 * Every wallet prompt follows a tap: `start()` runs the first step that needs the wallet, and a
 * later step waits in "needsTap" until `proceed()` (mobile wallets over WalletConnect open only
 * from a user gesture). While a step runs, further taps do nothing (no double send). React-free:
 * the ports are injected, the state is observed with `subscribe`.
 */
import type { Hash } from "viem";
import type { WriteCall } from "@/lib/contracts/writes/call";
import { approveCall } from "@/lib/contracts/writes/token";
import { FACTORY_UNCONFIRMED_SENTENCE, NOT_FROM_FACTORY_SENTENCE, VESTING_NOT_CONFIRMED_SENTENCE, VESTING_UNCONFIRMED_SENTENCE } from "@/lib/staking/contract-trust";
import type { PendingTx } from "./pending-store";
import { unvouchedTargets } from "./write-targets";
import { ReceiptTimeout, type FlowOptions, type FlowSpec, type FlowState, type Replacement, type StepSpec, type StepState, type TxPorts } from "./types";

const REPLACED_SENTENCES: Record<Exclude<Replacement["reason"], "repriced">, string> = {
  cancelled: "You cancelled this transaction in your wallet. Nothing changed on chain.",
  replaced: "Your wallet replaced this transaction with another one, so this action was not carried out.",
};

function initialSteps(steps: readonly StepSpec[]): StepState[] {
  return steps.map((s, i) => ({ kind: s.kind, label: s.label, status: i === 0 ? "ready" : "waiting", hash: null, note: null }));
}

export class TxFlow {
  private state: FlowState;
  private busy = false;
  private readonly listeners = new Set<(s: FlowState) => void>();

  constructor(
    readonly spec: FlowSpec,
    private readonly ports: TxPorts,
    private readonly options: FlowOptions,
  ) {
    this.state = { status: "idle", title: spec.title, steps: initialSteps(spec.steps), current: 0, error: null, lastHash: null, lastReceipt: null };
  }

  getState(): FlowState {
    return this.state;
  }

  subscribe(fn: (s: FlowState) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** True while a step is being checked, signed or mined: taps are ignored. */
  isBusy(): boolean {
    return this.busy;
  }

  /** The user's first tap: checks, skips a covered approval, runs the first step that needs the wallet. */
  start(): Promise<void> {
    if (this.busy || this.state.status === "done") return Promise.resolve();
    return this.exclusive(async () => {
      if (!(await this.onRightChain())) return;
      const i = this.firstUnfinished();
      if (i === null) return;
      if (!(await this.targetsTrusted())) return;
      await this.skipCoveredApprovals(i);
      const next = this.firstUnfinished();
      if (next === null) return this.finish();
      await this.runStep(next);
    });
  }

  /** A later tap: the next step after the previous one confirmed. */
  proceed(): Promise<void> {
    if (this.busy || this.state.status !== "needsTap") return Promise.resolve();
    return this.exclusive(async () => {
      if (!(await this.onRightChain())) return;
      const i = this.firstUnfinished();
      if (i !== null) await this.runStep(i);
    });
  }

  /** After a failure, a rejection or a chain switch: the same checks again from the unfinished step. */
  retry(): Promise<void> {
    if (this.busy || !["failed", "rejected", "wrongChain"].includes(this.state.status)) return Promise.resolve();
    const i = this.firstUnfinished() ?? 0;
    this.patchStep(i, { status: "ready", note: null });
    this.set({ status: "idle", error: null, current: i });
    return this.start();
  }

  /**
   * Picks up a transaction sent before a reload (kept in the pending store): waits for it like a
   * step that was just sent.
   */
  resume(tx: PendingTx): Promise<void> {
    if (this.busy) return Promise.resolve();
    return this.exclusive(async () => {
      this.patchStep(0, { status: "pending", hash: tx.hash });
      await this.await(0, tx.hash, tx.effects);
    });
  }

  // ---- internals ----

  private async exclusive(work: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.set({ status: "running", error: null });
    try {
      await work();
    } finally {
      this.busy = false;
      if (this.state.status === "running") this.set({ status: "idle" });
    }
  }

  private set(patch: Partial<FlowState>): void {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn(this.state);
  }

  private patchStep(i: number, patch: Partial<StepState>): void {
    this.set({ steps: this.state.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  }

  private firstUnfinished(): number | null {
    const i = this.state.steps.findIndex((s) => s.status !== "confirmed" && s.status !== "skipped");
    return i < 0 ? null : i;
  }

  private async onRightChain(): Promise<boolean> {
    let chainId: number | undefined;
    try {
      chainId = await this.ports.walletChainId();
    } catch (e) {
      this.set({ status: "failed", error: this.ports.describe(e) });
      return false;
    }
    if (chainId === undefined) {
      this.set({ status: "failed", error: { kind: "wallet", message: "Your wallet is not connected. Connect it and retry.", retryable: true } });
      return false;
    }
    if (chainId !== this.spec.chainId) {
      this.set({ status: "wrongChain", error: { kind: "wallet", message: "Your wallet is on another network. Switch it to the staking network: nothing was sent.", retryable: true } });
      return false;
    }
    return true;
  }

  /**
   * Right before the first approval or call: every target is configured, or declared and confirmed
   * on chain now. Not confirmed (false, or the read failed) = nothing is sent, the wallet is never asked.
   */
  private async targetsTrusted(): Promise<boolean> {
    const stray = unvouchedTargets(this.spec, this.ports.configuredContracts);
    if (stray.length > 0) {
      // a builder bug, never a user's doing: refuse rather than send to an unchecked address
      this.set({ status: "failed", error: { kind: "untrusted", message: `This action would send to ${stray.join(", ")}, which is not one of Session's contracts: nothing was sent.`, retryable: false } });
      return false;
    }
    for (const c of this.spec.verify ?? []) {
      let confirmed: boolean;
      try {
        confirmed = await this.ports.verifyContract(c);
      } catch {
        this.set({ status: "failed", error: { kind: "untrusted", message: c.kind === "vesting" ? VESTING_UNCONFIRMED_SENTENCE : FACTORY_UNCONFIRMED_SENTENCE, retryable: true } });
        return false;
      }
      if (!confirmed) {
        this.set({ status: "failed", error: { kind: "untrusted", message: c.kind === "vesting" ? VESTING_NOT_CONFIRMED_SENTENCE : NOT_FROM_FACTORY_SENTENCE, retryable: false } });
        return false;
      }
    }
    return true;
  }

  /** Approvals from step `from` on whose allowance already covers the amount: "already approved". */
  private async skipCoveredApprovals(from: number): Promise<void> {
    const step = this.spec.steps[from];
    if (step?.kind !== "approve") return;
    this.patchStep(from, { status: "checking" });
    let allowance: bigint;
    try {
      allowance = await this.ports.readAllowance(step.token, this.spec.account, step.spender);
    } catch {
      // unknown allowance: run the approval (exact amount), which is always safe
      this.patchStep(from, { status: "ready" });
      return;
    }
    if (allowance >= step.amount) this.patchStep(from, { status: "skipped", note: "Already approved" });
    else this.patchStep(from, { status: "ready" });
  }

  private async runStep(i: number): Promise<void> {
    const step = this.spec.steps[i];
    if (!step || step.kind === "sent") return;
    this.set({ current: i });
    const call = step.kind === "approve" ? approveCall(step.token, step.spender, step.amount) : step.call;
    this.patchStep(i, { status: "checking", note: null });
    try {
      await this.ports.simulate(this.spec.account, call);
    } catch (e) {
      return this.fail(i, e);
    }
    this.patchStep(i, { status: "wallet" });
    let hash: Hash;
    try {
      hash = await this.ports.send(this.spec.account, call);
    } catch (e) {
      return this.fail(i, await this.reasonForRefusal(call, e));
    }
    const last = i === this.spec.steps.length - 1;
    const effects = step.kind === "call" ? (step.effects ?? (last ? this.spec.effects : [])) : [{ kind: "account" as const, address: this.spec.account }, { kind: "contract" as const, address: step.spender }];
    this.ports.pending?.add({ hash, chainId: this.spec.chainId, account: this.spec.account, title: this.spec.title, label: step.label, effects, sentAt: Date.now() });
    this.patchStep(i, { status: "pending", hash });
    await this.await(i, hash, effects);
  }

  /** Waits for step i's transaction (timeouts, replacements, revert), refreshes, moves on. */
  private async await(i: number, sent: Hash, effects: FlowSpec["effects"]): Promise<void> {
    let hash = sent;
    let replacedBy: Replacement | null = null;
    const onReplaced = (r: Replacement) => {
      if (r.reason === "repriced") {
        this.ports.pending?.replace(hash, r.hash);
        hash = r.hash;
        this.patchStep(i, { hash: r.hash, note: "Sped up in your wallet: following the new transaction." });
      } else {
        replacedBy = r;
      }
    };
    let receipt;
    for (;;) {
      try {
        receipt = await this.ports.waitForReceipt(hash, { timeoutMs: this.options.receiptTimeoutMs, onReplaced });
        break;
      } catch (e) {
        if (e instanceof ReceiptTimeout) {
          // still pending is not a failure: say so and keep waiting
          this.patchStep(i, { status: "slow", note: "Still pending: it has been sent and is waiting to be included. You can leave this page; it is picked up again when you come back." });
          continue;
        }
        this.ports.pending?.remove(hash);
        return this.fail(i, e);
      }
    }
    this.ports.pending?.remove(sent);
    this.ports.pending?.remove(hash);
    const replaced = replacedBy as Replacement | null;
    if (replaced && replaced.reason !== "repriced") {
      this.patchStep(i, { status: "failed", hash: replaced.hash });
      this.set({ status: "failed", error: { kind: "wallet", message: REPLACED_SENTENCES[replaced.reason], retryable: true }, lastHash: replaced.hash });
      return;
    }
    if (receipt.status !== "success") {
      this.patchStep(i, { status: "failed" });
      this.set({
        status: "failed",
        lastHash: hash,
        error: { kind: "revert", message: "The transaction was reverted on chain: the contract's state changed after the check. Only the network fee was spent; retry to check again.", retryable: true },
      });
      return;
    }
    this.patchStep(i, { status: "refreshing", hash });
    this.set({ lastHash: hash, lastReceipt: receipt });
    try {
      await this.ports.refresh(effects, receipt.blockNumber);
    } catch {
      /* the figures refresh on their own schedule; the transaction itself is confirmed */
    }
    this.patchStep(i, { status: "confirmed" });
    const next = this.firstUnfinished();
    if (next === null) return this.finish();
    this.patchStep(next, { status: "ready" });
    this.set({ status: "needsTap", current: next });
  }

  private finish(): void {
    this.set({ status: "done", current: this.state.steps.length - 1 });
  }

  /**
   * A wallet that refuses at its own gas estimate often drops the contract's reason ("execution
   * reverted" and nothing else). The chain changed between our check and the wallet's (a node
   * joined and the network's signature no longer matches, the contract filled): check again, so the
   * user reads the contract's own sentence. Any other refusal is described as it came.
   */
  private async reasonForRefusal(call: WriteCall, e: unknown): Promise<unknown> {
    const said = this.ports.describe(e, this.spec.errorContext);
    if (said.kind !== "revert" || said.errorName) return e;
    try {
      await this.ports.simulate(this.spec.account, call);
    } catch (again) {
      if (this.ports.describe(again, this.spec.errorContext).errorName) return again;
    }
    return e;
  }

  private fail(i: number, e: unknown): void {
    const error = this.ports.describe(e, this.spec.errorContext);
    if (error.kind === "rejected") {
      // a normal outcome: the step is ready again, the form is as it was
      this.patchStep(i, { status: "ready" });
      this.set({ status: "rejected", error });
      return;
    }
    this.patchStep(i, { status: "failed" });
    this.set({ status: "failed", error });
  }
}

export function createTxFlow(spec: FlowSpec, ports: TxPorts, options: FlowOptions): TxFlow {
  return new TxFlow(spec, ports, options);
}

/** A flow for a transaction sent before a reload: one step, already sent; call `resume(tx)`. */
export function createResumedFlow(tx: PendingTx, ports: TxPorts, options: FlowOptions): TxFlow {
  return new TxFlow({ title: tx.title, chainId: tx.chainId, account: tx.account, steps: [{ kind: "sent", label: tx.label }], effects: tx.effects }, ports, options);
}
