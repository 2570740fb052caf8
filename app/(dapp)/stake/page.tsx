import { Suspense } from "react";
import type { Metadata } from "next";
import { CountStepOnView } from "@/components/funnel/CountStepOnView";
import { NetworkStats } from "@/components/dapp/open-nodes/NetworkStats";
import { StakeOverview } from "@/components/dapp/open-nodes/StakeOverview";
import { Loading } from "@/components/dapp/ui/States";
import { loadServerTarget } from "@/lib/chain/server-target";
import { loadStakeInitialData } from "./initial-data";

export const metadata: Metadata = {
  title: "Stake SESH",
  description: "Join a Session Node: open nodes looking for contributors, their fees and minimum stakes, and the network's reward rate.",
};

/** Reads the first data on the server; streamed in, so the page's shell never waits for it. */
async function StakeOverviewWithData() {
  const loaded = await loadServerTarget();
  const initial = loaded.ok ? await loadStakeInitialData(loaded.target) : null;
  return <StakeOverview initial={initial ?? undefined} />;
}

function StakeOverviewSkeleton() {
  return (
    <>
      <NetworkStats snapshot={undefined} activeNodes={undefined} totalStaked={undefined} connected={false} />
      <div className="mt-10">
        <Loading label="Loading open nodes…" minHeight="min-h-[24rem]" />
      </div>
    </>
  );
}

export default function StakePage() {
  return (
    <>
      <CountStepOnView step="stake_page" />
      <h1 className="text-3xl font-bold">Stake SESH</h1>
      <p className="mt-2 max-w-2xl text-muted">Contribute SESH to a Session Node and earn a share of its rewards. Figures are read live from the chain.</p>
      <div className="mt-8">
        <Suspense fallback={<StakeOverviewSkeleton />}>
          <StakeOverviewWithData />
        </Suspense>
      </div>
    </>
  );
}
