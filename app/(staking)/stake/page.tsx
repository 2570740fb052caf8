import type { Metadata } from "next";
import { StakeOverview } from "@/components/staking/stake/StakeOverview";

export const metadata: Metadata = {
  title: "Stake SESH",
  description: "Join a Session Node: open nodes looking for contributors, their fees and minimum stakes, and the network's reward rate.",
};

export default function StakePage() {
  return (
    <>
      <h1 className="text-3xl font-bold">Stake SESH</h1>
      <p className="mt-2 max-w-2xl text-muted">Contribute SESH to a Session Node and earn a share of its rewards. Figures are read live from the chain.</p>
      <div className="mt-8">
        <StakeOverview />
      </div>
    </>
  );
}
