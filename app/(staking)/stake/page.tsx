import type { Metadata } from "next";
import { StakeOverview } from "@/components/staking/stake/StakeOverview";
import { loadServerTarget } from "@/lib/chain/server-target";
import { loadStakeInitialData } from "./initial-data";

export const metadata: Metadata = {
  title: "Stake SESH",
  description: "Join a Session Node: open nodes looking for contributors, their fees and minimum stakes, and the network's reward rate.",
};

export default async function StakePage() {
  const loaded = await loadServerTarget();
  const initial = loaded.ok ? await loadStakeInitialData(loaded.target.public, loaded.target.backendUrl) : null;
  return (
    <>
      <h1 className="text-3xl font-bold">Stake SESH</h1>
      <p className="mt-2 max-w-2xl text-muted">Contribute SESH to a Session Node and earn a share of its rewards. Figures are read live from the chain.</p>
      <div className="mt-8">
        <StakeOverview initial={initial ?? undefined} />
      </div>
    </>
  );
}
