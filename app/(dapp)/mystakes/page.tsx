import type { Metadata } from "next";
import Link from "next/link";
import { AccountView } from "@/components/dapp/account/AccountView";
import { PageBlock } from "@/components/dapp/data/PageBlock";
import { FAULT_REFRESH_MS, PAGE_REFRESH_MS } from "@/components/dapp/data/refresh";
import { RefreshEvery } from "@/components/dapp/nodes/RefreshEvery";
import { ErrorState, Loading } from "@/components/dapp/ui/States";
import { Suspense } from "react";
import type { Address } from "viem";
import type { ServerTarget } from "@/lib/chain/targets";
import { loadServerTarget } from "@/lib/chain/server-target";
import { softwareRules } from "@/lib/config/node-software-rules";
import { loadAccountPage } from "../_account/account-data";
import { cookieAccount } from "../cookie-wallet";

export const metadata: Metadata = { title: "My stakes", robots: { index: false } };

async function OwnStaking({ target, account }: { target: ServerTarget; account: Address }) {
  const data = await loadAccountPage(target, account);
  return (
    <>
      <AccountView address={account} own data={data} explorerUrl={target.public.explorerUrl} software={softwareRules()} />
      <PageBlock block={data.snapshot?.registry.blockNumber ?? null} />
      <RefreshEvery ms={data.stakesError || data.chainError || data.rewardsError ? FAULT_REFRESH_MS : PAGE_REFRESH_MS} />
    </>
  );
}

/**
 * The wallet's own staking, rendered on the server for the account the wallet cookies name (after
 * connecting, the page is rendered again with it); without a wallet, an invitation to connect.
 */
export default async function MyStakesPage() {
  const loaded = await loadServerTarget();
  const account = await cookieAccount();
  return (
    <>
      <h1 className="text-3xl font-bold">My stakes</h1>
      <p className="mt-2 max-w-2xl text-muted">
        Your nodes, contributions, rewards and the dates that matter for each. Follow other addresses on your{" "}
        <Link href="/watchlist" className="text-accent-fg underline" prefetch={false}>
          watchlist
        </Link>
        .
      </p>
      <div className="mt-8">
        {!loaded.ok ? (
          <ErrorState title="Your stakes could not be loaded." error={loaded.message} />
        ) : !account ? (
          <p className="rounded-2xl border border-line bg-card p-6 text-muted" data-testid="mystakes-connect">
            Connect a wallet (top right) to see your stakes, rewards and timers. You can also look up any address at <code>/address/0x…</code>.
          </p>
        ) : (
          <>
            <p className="-mt-4 mb-6 break-all font-mono text-sm text-muted">{account}</p>
            <Suspense fallback={<Loading label="Loading stakes and rewards…" minHeight="min-h-[32rem]" />}>
              <OwnStaking target={loaded.target} account={account} />
            </Suspense>
          </>
        )}
      </div>
    </>
  );
}
