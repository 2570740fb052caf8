"use client";

import { useRouter } from "next/navigation";
import { lazy, Suspense, useEffect } from "react";
import type { Address } from "viem";
import { WALLET_ACCOUNT_COOKIE, walletAccountCookieValue } from "@/lib/chain/wallet-cookie-names";
import { useTarget } from "../providers/TargetContext";
import { loadWalletRuntime, useWalletRuntime } from "./runtime";

const WrongChainBanner = lazy(() => import("./WrongChainBanner"));
const PendingTransactions = lazy(() => import("../tx/PendingTransactions"));
const TxDialog = lazy(() => import("../tx/TxDialog"));

/**
 * The dApp layout's link to the wallet runtime (no wallet code of its own):
 * - a visitor the cookies say connected before gets the runtime loaded once the page is idle, so
 *   wagmi reconnects and the forms come alive; anyone else only when they act;
 * - when this tab's wallet connects, switches account or chain, or disconnects, it says so in the
 *   account cookie (lib/chain/wallet-cookie.ts) and the server renders the page again for it. A
 *   reconnect that fails in a tab that never had the wallet leaves the cookie alone: another tab
 *   may have it;
 * - with the runtime: the wrong-chain banner, the page's one transaction dialog (it stays while the
 *   page under it changes), and transactions sent before a reload picked up again.
 */
export function WalletBoot({ remembered, serverAccount, serverChainId }: { remembered: boolean; serverAccount: Address | null; serverChainId: number | null }) {
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
    // what the server rendered the page for: a change of either renders it again
    let shown = serverAccount ? `${serverAccount.toLowerCase()}|${serverChainId}` : "";
    let hadWallet = false;
    return runtime.onAccountChange(({ account, chainId, status }) => {
      if (status === "connected" && account) {
        hadWallet = true;
        document.cookie = `${WALLET_ACCOUNT_COOKIE}=${walletAccountCookieValue(account, chainId)};path=/;samesite=Lax;max-age=31536000`;
      } else if (status === "disconnected" && hadWallet) {
        hadWallet = false;
        document.cookie = `${WALLET_ACCOUNT_COOKIE}=;path=/;max-age=0`;
      } else return;
      const now = status === "connected" && account ? `${account.toLowerCase()}|${chainId}` : "";
      if (now === shown) return;
      shown = now;
      // the cookie holds the new account: the server renders the page for it
      router.refresh();
    });
  }, [runtime, router, serverAccount, serverChainId]);

  if (!runtime) return null;
  const { Providers } = runtime;
  return (
    <Providers>
      <Suspense fallback={null}>
        <WrongChainBanner />
        <TxDialog />
        <PendingTransactions />
      </Suspense>
    </Providers>
  );
}
