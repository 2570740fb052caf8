import type { ReactNode } from "react";
import { headers } from "next/headers";
import { cookieToInitialState } from "wagmi";
import { Footer } from "@/components/site/Footer";
import { Header } from "@/components/site/Header";
import { DappProviders } from "@/components/dapp/providers/DappProviders";
import { DappNav } from "@/components/dapp/DappNav";
import { PendingTransactions } from "@/components/dapp/tx/PendingTransactions";
import { WalletButton } from "@/components/dapp/wallet/WalletButton";
import { WrongChainBanner } from "@/components/dapp/wallet/WrongChainBanner";
import { loadServerTarget } from "@/lib/chain/server-target";
import { createStakingWagmiConfig } from "@/lib/chain/wagmi-config";

/**
 * Rendered per request, always: the target comes from the environment and the devnet state file at
 * request time. Without this, a build made while the devnet is down would prerender the
 * "not running" page (that branch reads no request data) and serve it forever.
 */
export const dynamic = "force-dynamic";

/** wagmi's state from its cookie; a malformed or foreign cookie starts disconnected instead of failing. */
function walletStateFromCookie(config: Parameters<typeof cookieToInitialState>[0], cookie: string | null) {
  try {
    return cookieToInitialState(config, cookie);
  } catch {
    return undefined;
  }
}

/**
 * The only layout that mounts wagmi, RainbowKit (on demand) and TanStack Query. Dynamic: the
 * target is resolved from the environment at request time (one build for every target) and the
 * wallet cookie seeds wagmi's state so server and client render the same thing.
 */
export default async function DappLayout({ children }: { children: ReactNode }) {
  const loaded = await loadServerTarget();
  if (!loaded.ok) {
    return (
      <>
        <Header />
        <main id="main" className="mx-auto max-w-3xl flex-1 px-4 py-16 sm:px-6">
          <h1 className="text-3xl font-bold">The staking app is not available</h1>
          <p role="alert" className="mt-4 text-lg text-muted" data-testid="config-error">
            {loaded.message}
          </p>
        </main>
        <Footer />
      </>
    );
  }
  const target = loaded.target.public;
  const initialState = walletStateFromCookie(createStakingWagmiConfig(target), (await headers()).get("cookie"));
  return (
    <DappProviders target={target} initialState={initialState}>
      <Header actions={<WalletButton />} />
      <WrongChainBanner />
      <DappNav targetName={target.chainName} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none sm:px-6">
        {children}
      </main>
      <Footer />
      <PendingTransactions />
    </DappProviders>
  );
}
