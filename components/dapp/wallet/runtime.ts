"use client";

/**
 * The wallet stack (wagmi, its connectors, TanStack Query) as one runtime per page, loaded on
 * demand: when the visitor acts (Connect wallet, a write form) or at once for a visitor the
 * cookies say connected before (lib/chain/wallet-cookie.ts). Until then a read-only page runs none
 * of it. Components wait for it with useWalletRuntime(); a failed load is retried on the next call.
 */
import { useSyncExternalStore } from "react";
import type { PublicTarget } from "@/lib/chain/targets";
import type { WalletRuntime } from "./runtime-impl";

export type { WalletRuntime };

type State = { status: "idle" | "loading" | "failed" } | { status: "ready"; runtime: WalletRuntime };

let state: State = { status: "idle" };
let loading: Promise<WalletRuntime> | null = null;
const listeners = new Set<() => void>();

function set(next: State) {
  state = next;
  for (const l of listeners) l();
}

/** Loads the runtime once per page (the same promise for every caller). */
export function loadWalletRuntime(target: PublicTarget): Promise<WalletRuntime> {
  if (state.status === "ready") return Promise.resolve(state.runtime);
  loading ??= (async () => {
    set({ status: "loading" });
    try {
      const { createWalletRuntime } = await import("./runtime-impl");
      const runtime = createWalletRuntime(target);
      set({ status: "ready", runtime });
      return runtime;
    } catch (e) {
      loading = null;
      set({ status: "failed" });
      throw e;
    }
  })();
  return loading;
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The runtime once loaded (null before), re-rendering when it arrives. */
export function useWalletRuntime(): WalletRuntime | null {
  return useSyncExternalStore(
    subscribe,
    () => (state.status === "ready" ? state.runtime : null),
    () => null,
  );
}

/** Whether a load is under way or failed (the Connect button's "Loading…", its error). */
export function useWalletRuntimeStatus(): State["status"] {
  return useSyncExternalStore(
    subscribe,
    () => state.status,
    () => "idle" as const,
  );
}
