"use client";

import { useEffect, useRef } from "react";
import { useSwitchChain } from "wagmi";
import type { FlowState, StepState } from "@/lib/tx/types";
import { Button } from "@/components/ui/Button";
import { cx } from "@/components/ui/cx";
import { useTarget } from "../providers/TargetContext";
import { TxLink } from "../ui/AddressLink";
import { useTxSlot } from "./tx-store";
import { txControls } from "./useTxFlow";

function stepText(step: StepState, chainName: string): string {
  const approve = step.kind === "approve";
  switch (step.status) {
    case "waiting":
    case "ready":
      return step.label;
    case "skipped":
      return `${step.label}: already approved`;
    case "checking":
      return approve ? `${step.label}: checking the allowance…` : `${step.label}: checking with the contract…`;
    case "wallet":
      return `${step.label}: confirm in your wallet`;
    case "pending":
      return `${step.label}: waiting for ${chainName}…`;
    case "slow":
      return `${step.label}: still pending`;
    case "refreshing":
      return `${step.label}: confirmed, updating the figures…`;
    case "confirmed":
      return approve ? `${step.label}: approved` : `${step.label}: confirmed`;
    case "failed":
      return `${step.label}: failed`;
  }
}

const MARK: Record<StepState["status"], string> = {
  waiting: "○",
  ready: "○",
  checking: "◌",
  skipped: "✓",
  wallet: "◌",
  pending: "◌",
  slow: "◌",
  refreshing: "◌",
  confirmed: "✓",
  failed: "✕",
};

function Step({ step, chainName, explorerUrl }: { step: StepState; chainName: string; explorerUrl: string | null }) {
  const active = ["checking", "wallet", "pending", "slow", "refreshing"].includes(step.status);
  return (
    <li className="flex gap-3" data-testid="tx-step" data-status={step.status}>
      <span aria-hidden="true" className={cx("mt-0.5 w-4 text-center", active && "animate-pulse", step.status === "failed" ? "text-red-700 dark:text-red-300" : "text-accent-fg")}>
        {MARK[step.status]}
      </span>
      <div className="min-w-0 flex-1">
        <p className={cx(step.status === "waiting" && "text-muted")}>{stepText(step, chainName)}</p>
        {step.status === "wallet" ? <p className="text-sm text-muted">On a phone, open your wallet app to confirm, then come back here: this page picks up where it was.</p> : null}
        {step.hash ? (
          <p className="text-sm text-muted">
            Transaction <TxLink explorerUrl={explorerUrl} hash={step.hash} />
          </p>
        ) : null}
        {step.note ? (
          <p className="text-sm text-muted" data-testid="tx-step-note">
            {step.note}
          </p>
        ) : null}
      </div>
    </li>
  );
}

/**
 * The staged transaction dialog every write uses, one per page (the dApp layout mounts it with the
 * wallet runtime): one line per step (approve, confirm in wallet, waiting for the chain with the
 * hash, confirmed / failed), the button for the next tap, Retry when a retry can succeed, the
 * network switch when the wallet is on another chain. It follows the page's one flow
 * (./tx-store.ts), whichever form started it, and stays while the page under it changes.
 */
export default function TxDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  const target = useTarget();
  const { switchChainAsync, isPending: switching } = useSwitchChain();
  const slot = useTxSlot();
  const tx = txControls();
  const state: FlowState | null = slot.state;
  const show = slot.open && state !== null;

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (show && !d.open) d.showModal();
    if (!show && d.open) d.close();
  }, [show]);

  // only a flow that exists has a dialog in the page (several forms may each own one)
  if (!state) return null;
  const next = state.steps[state.current];
  return (
    <dialog
      ref={ref}
      onClose={tx.close}
      aria-labelledby="tx-dialog-title"
      className="m-auto max-h-[90dvh] w-[min(32rem,calc(100vw-2rem))] overflow-y-auto overscroll-contain rounded-2xl border border-line bg-card p-6 text-fg backdrop:bg-black/60"
      data-testid="tx-dialog"
      data-status={state.status}
    >
      {
        <div className="space-y-5">
          <h2 id="tx-dialog-title" className="text-xl font-bold">
            {state.title}
          </h2>
          <ol className="space-y-3" aria-live="polite">
            {state.steps.map((s, i) => (
              <Step key={i} step={s} chainName={target.chainName} explorerUrl={target.explorerUrl} />
            ))}
          </ol>
          {state.error && state.status !== "rejected" ? (
            <p role="alert" className="rounded-xl border border-red-500/40 bg-red-500/10 p-3 text-sm" data-testid="tx-error">
              {state.error.message}
            </p>
          ) : null}
          {state.status === "done" ? (
            <p role="status" className="rounded-xl border border-accent-fg/40 p-3 text-sm" data-testid="tx-done">
              Done.{state.lastHash ? (
                <>
                  {" "}
                  Transaction <TxLink explorerUrl={target.explorerUrl} hash={state.lastHash} />
                </>
              ) : null}
            </p>
          ) : null}
          <div className="flex flex-wrap justify-end gap-3">
            {state.status === "needsTap" && next ? (
              <Button onClick={tx.proceed} data-testid="tx-next">
                {next.label}
              </Button>
            ) : null}
            {state.status === "wrongChain" ? (
              <Button
                disabled={switching}
                onClick={async () => {
                  try {
                    await switchChainAsync({ chainId: target.chainId });
                    tx.retry();
                  } catch {
                    /* the wallet refused to switch: the message stays, the user can try again */
                  }
                }}
              >
                {switching ? "Switching…" : `Switch to ${target.chainName}`}
              </Button>
            ) : null}
            {state.status === "failed" && state.error?.retryable ? (
              <Button onClick={tx.retry} data-testid="tx-retry">
                Retry
              </Button>
            ) : null}
            <Button variant="secondary" onClick={tx.close} data-testid="tx-close">
              {state.status === "done" || state.status === "failed" || state.status === "wrongChain" ? "Close" : "Hide"}
            </Button>
          </div>
          {state.status === "running" || state.steps.some((s) => s.status === "slow") ? (
            <p className="text-xs text-muted">Hiding this window does not cancel anything: the transaction is followed until it lands.</p>
          ) : null}
        </div>
      }
    </dialog>
  );
}
