"use client";

import type { TxFlowControls } from "./useTxFlow";

/** What the form shows under its button about the last flow: the calm note after a rejection, or a hidden flow's progress. */
export function TxNote({ tx }: { tx: TxFlowControls }) {
  const s = tx.state;
  if (!s) return null;
  if (s.status === "rejected") {
    return (
      <p role="status" className="text-sm text-muted" data-testid="tx-rejected-note">
        {s.error?.message}
      </p>
    );
  }
  if (!tx.open && s.status !== "done" && s.status !== "idle") {
    return (
      <p role="status" className="text-sm text-muted">
        A transaction is in progress.{" "}
        <button type="button" className="text-accent-fg underline" onClick={tx.show}>
          Show it
        </button>
      </p>
    );
  }
  return null;
}
