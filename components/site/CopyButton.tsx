"use client";

import { useState } from "react";

/** What the button says before, after and when copying fails. */
export type CopyStates = { idle: string; done: string; failed: string };

/**
 * The dApp's words (its copy is not content yet); marketing pages pass theirs from content/
 * (content/pages/token.yaml), which the copy-coverage e2e holds them to.
 */
const DAPP_STATES: CopyStates = { idle: "Copy", done: "Copied", failed: "Copy failed" };

/**
 * Copies a value to the clipboard and says so (visually and through a polite live region).
 * Without JavaScript the value stays selectable text next to the button.
 */
export function CopyButton({ value, label, states = DAPP_STATES }: { value: string; label: string; states?: CopyStates }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2000);
  }

  return (
    <button
      type="button"
      onClick={copy}
      aria-label={label}
      className="inline-flex min-h-9 shrink-0 items-center gap-1.5 rounded-full border border-line px-3 text-xs font-semibold text-fg hover:border-accent-fg"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
        <rect x="9" y="9" width="12" height="12" rx="2" />
        <path d="M5 15V5a2 2 0 0 1 2-2h10" />
      </svg>
      <span aria-live="polite">{state === "copied" ? states.done : state === "failed" ? states.failed : states.idle}</span>
    </button>
  );
}
