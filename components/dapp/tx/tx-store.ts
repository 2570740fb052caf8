"use client";

/**
 * The page's one transaction in flight, outside any component: the dialog that follows it lives in
 * the dApp layout (TxDialogHost), so it stays while the page under it changes (a form that gives
 * way once the node registers, a node that leaves the registry, the server rendering the page again
 * after a receipt). One flow at a time, as before: a tap while one is busy sends nothing.
 */
import { useSyncExternalStore } from "react";
import type { TxFlow } from "@/lib/tx/flow";
import type { FlowState } from "@/lib/tx/types";

export type TxSlot = {
  flow: TxFlow | null;
  state: FlowState | null;
  /** whether the dialog is shown (hiding it never cancels anything) */
  open: boolean;
  /** which form started it: that form shows the calm note after a rejection */
  origin: string | null;
  /** what Retry does instead of checking the same call again (a flow built from a signature that expires) */
  restart: (() => unknown) | null;
};

let slot: TxSlot = { flow: null, state: null, open: false, origin: null, restart: null };
const listeners = new Set<() => void>();

export function txSlot(): TxSlot {
  return slot;
}

export function setTxSlot(patch: Partial<TxSlot>): void {
  slot = { ...slot, ...patch };
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

const EMPTY: TxSlot = { flow: null, state: null, open: false, origin: null, restart: null };

export function useTxSlot(): TxSlot {
  return useSyncExternalStore(subscribe, txSlot, () => EMPTY);
}
