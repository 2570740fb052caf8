import type { Metadata } from "next";
import { NodesRegistry } from "@/components/staking/nodes/NodesRegistry";

export const metadata: Metadata = {
  title: "Session Nodes",
  description: "Every registered Session Node: state, operator, fee, stake and contributors.",
};

export default function NodesPage() {
  return (
    <>
      <h1 className="text-3xl font-bold">Session Nodes</h1>
      <p className="mt-2 max-w-2xl text-muted">The registry of staked nodes, with the state the network and the chain report for each.</p>
      <div className="mt-8">
        <NodesRegistry />
      </div>
    </>
  );
}
