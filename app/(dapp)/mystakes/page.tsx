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
import { VestingOverview } from "@/components/dapp/vesting/VestingOverview";
import type { Actor } from "@/lib/flows/flow-target";
import { formatSesh } from "@/lib/staking/amounts";
import { vestingFigures } from "@/lib/staking/vesting";
import { softwareRules } from "@/lib/config/node-software-rules";
import { loadAccountPage } from "../_account/account-data";
import { requestActing, type VestingChoice } from "../_account/acting";

export const metadata: Metadata = { title: "My stakes", robots: { index: false } };

/**
 * `account`: the address that acts (the wallet, or the vesting contract it acts as); `actor` says
 * which; a vesting contract that allows nothing now (revoked, not started) shows its figures only.
 */
async function OwnStaking({ target, account, actor, vesting }: { target: ServerTarget; account: Address; actor: Actor; vesting: VestingChoice | null }) {
  const data = await loadAccountPage(target, account);
  const actions = !vesting?.blocker;
  return (
    <>
      {vesting?.facts && actor.kind === "vesting" ? (
        <div className="mb-8">
          <VestingOverview
            actor={actor}
            facts={vesting.facts}
            figures={vestingFigures(vesting.facts, { initialAmount: vesting.initialAmount, rewards: data.rewards?.rewards ?? null, nowUnixSeconds: vesting.chainNow }, (a) => formatSesh(a))}
          />
        </div>
      ) : null}
      <AccountView address={account} own={actions} data={data} explorerUrl={target.public.explorerUrl} actor={actor} software={softwareRules()} />
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
  const acting = await requestActing();
  const wallet = acting?.wallet ?? null;
  // acting as a vesting contract, its figures are this page's (app/(dapp)/_account/acting.ts)
  const account = acting?.acting?.address ?? wallet;
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
        ) : !account || !acting?.actor ? (
          <p className="rounded-2xl border border-line bg-card p-6 text-muted" data-testid="mystakes-connect">
            Connect a wallet (top right) to see your stakes, rewards and timers. You can also look up any address at <code>/address/0x…</code>.
          </p>
        ) : (
          <>
            <p className="-mt-4 mb-6 break-all font-mono text-sm text-muted" data-testid="mystakes-address">
              {acting.acting ? `Vesting contract ${account}, for your wallet ${wallet}` : account}
            </p>
            <Suspense fallback={<Loading label="Loading stakes and rewards…" minHeight="min-h-[32rem]" />}>
              <OwnStaking target={loaded.target} account={account} actor={acting.actor} vesting={acting.acting} />
            </Suspense>
          </>
        )}
      </div>
    </>
  );
}
