"use client";

import { useRouter } from "next/navigation";
import { lazy, Suspense, useEffect } from "react";
import type { Address } from "viem";
import { useTarget } from "../providers/TargetContext";
import { loadWalletRuntime, useWalletRuntime } from "./runtime";

const WrongChainBanner = lazy(() => import("./WrongChainBanner"));
const PendingTransactions = lazy(() => import("../tx/PendingTransactions"));

/**
 * The dApp layout's link to the wallet runtime (no wallet code of its own):
 * - a visitor the cookies say connected before gets the runtime loaded once the page is idle, so
 *   wagmi reconnects and the forms come alive; anyone else only when they act;
 * - when the account or chain changes (connect, switch, disconnect), the page is rendered again by
 *   the server, which reads the account from the wallet cookies;
 * - with the runtime: the wrong-chain banner, and transactions sent before a reload picked up again.
 */
export function WalletBoot({ remembered, serverAccount }: { remembered: boolean; serverAccount: Address | null }) {
  const target = useTarget();
  const router = useRouter();
  const runtime = useWalletRuntime();

  useEffect(() => {
    if (!remembered) return;
    const load = () => void loadWalletRuntime(target).catch(() => undefined);
    const idle = (window as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    if (idle) idle(load, { timeout: 2_000 });
    else setTimeout(load, 200);
  }, [remembered, target]);

  useEffect(() => {
    if (!runtime) return;
    let shown = serverAccount?.toLowerCase();
    return runtime.onAccountChange((account) => {
      if (account?.toLowerCase() === shown) return;
      shown = account?.toLowerCase();
      // the wallet cookies already hold the new state: the server renders the page for it
      router.refresh();
    });
  }, [runtime, router, serverAccount]);

  if (!runtime) return null;
  const { Providers } = runtime;
  return (
    <Providers>
      <Suspense fallback={null}>
        <WrongChainBanner />
        <PendingTransactions />
      </Suspense>
    </Providers>
  );
}
