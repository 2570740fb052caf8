"use client";

import { useEffect, type ReactNode } from "react";
import { useTarget } from "../providers/TargetContext";
import { loadWalletRuntime, useWalletRuntime } from "./runtime";

/**
 * Where the wallet stack is needed (a write form, a page that reads the wallet in the browser): its
 * children inside the wallet runtime's providers once it is loaded, `fallback` until then. `eager`
 * loads it now (a page that cannot work without it); otherwise it arrives when the visitor connects
 * or the cookies say a wallet is remembered (WalletBoot).
 */
export function WalletScope({ children, fallback = null, eager = false }: { children: ReactNode; fallback?: ReactNode; eager?: boolean }) {
  const target = useTarget();
  const runtime = useWalletRuntime();
  useEffect(() => {
    if (eager) void loadWalletRuntime(target).catch(() => undefined);
  }, [eager, target]);
  if (!runtime) return fallback;
  const { Providers } = runtime;
  return <Providers>{children}</Providers>;
}
