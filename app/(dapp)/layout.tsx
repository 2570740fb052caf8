import type { ReactNode } from "react";
import { headers } from "next/headers";
import { Footer } from "@/components/site/Footer";
import { Header } from "@/components/site/Header";
import { PriceProvider } from "@/components/dapp/providers/PriceContext";
import { TargetProvider } from "@/components/dapp/providers/TargetContext";
import { DappNav } from "@/components/dapp/DappNav";
import { WalletBoot } from "@/components/dapp/wallet/WalletBoot";
import { WalletButton } from "@/components/dapp/wallet/WalletButton";
import { loadServerTarget } from "@/lib/chain/server-target";
import { storedWallet } from "@/lib/chain/wallet-cookie";
import { Suspense } from "react";
import { VestingBar } from "./_account/VestingBar";
import { cachedSeshPrice } from "@/lib/server-cache/price-read";
import { comingHardFork } from "@/lib/config/node-software-rules";
import { HardForkBanner } from "@/components/dapp/HardForkBanner";

/**
 * Rendered per request, always: the target comes from the environment and the devnet state file at
 * request time. Without this, a build made while the devnet is down would prerender the
 * "not running" page (that branch reads no request data) and serve it forever.
 */
export const dynamic = "force-dynamic";

/**
 * The dApp's frame, with no wallet code: the target resolved from the environment at request time
 * (one build for every target), the wallet cookies read for the account to show. The wallet stack
 * (wagmi, TanStack Query, RainbowKit) loads only when the visitor acts or connected before
 * (components/dapp/wallet/runtime.ts): a read-only view runs none of it.
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
  const wallet = storedWallet((await headers()).get("cookie"));
  // not awaited: the page streams at once, the USD figures fill in when the price lands (never throws)
  const price = cachedSeshPrice(loaded.target);
  return (
    <TargetProvider value={target}>
      <PriceProvider value={price}>
        <Header actions={<WalletButton account={wallet.account} />} />
        <HardForkBanner fork={comingHardFork()} />
        <WalletBoot remembered={wallet.remembered} serverAccount={wallet.account} serverChainId={wallet.chainId} />
        <DappNav targetName={target.chainName} />
        {/* only for a wallet the staking backend lists as a vesting beneficiary; never holds the page up */}
        <Suspense fallback={null}>{wallet.account ? <VestingBar /> : null}</Suspense>
        {/* At least a screen tall: while a page streams, its "Loading…" line is replaced by the page,
            and a footer drawn just below that line would jump (a layout shift of 0.64 on a phone,
            measured by `npm run bench`); below the fold, nothing the visitor sees moves. */}
        <main id="main" tabIndex={-1} className="mx-auto min-h-dvh w-full max-w-6xl flex-1 px-4 py-8 outline-none sm:px-6">
          {children}
        </main>
        <Footer />
      </PriceProvider>
    </TargetProvider>
  );
}
