import { Suspense } from "react";
import type { Metadata } from "next";
import { NodesFilters } from "@/components/dapp/nodes/NodesFilters";
import { NodesPager } from "@/components/dapp/nodes/NodesPager";
import { NodesTable } from "@/components/dapp/nodes/NodesTable";
import { RefreshEvery } from "@/components/dapp/nodes/RefreshEvery";
import { ServerErrorState } from "@/components/dapp/ui/ServerErrorState";
import { ErrorState, errorSentence, FaultNotice, Loading } from "@/components/dapp/ui/States";
import { FAULT_REFRESH_MS, PAGE_REFRESH_MS } from "@/components/dapp/data/refresh";
import { loadServerTarget } from "@/lib/chain/server-target";
import { softwareRules } from "@/lib/config/node-software-rules";
import { parseRegistryQuery, type RegistryQuery } from "@/lib/staking/node-registry";
import { loadRegistryPage, type RegistryData } from "./registry-data";

export const metadata: Metadata = {
  title: "Session Nodes",
  description: "Every registered Session Node: state, operator, fee, stake and contributors.",
};


type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The server orders, filters and pages the registry; the browser gets 50 rendered rows. */
async function Registry({ query }: { query: RegistryQuery }) {
  const loaded = await loadServerTarget();
  if (!loaded.ok) return <ErrorState title="The node list could not be loaded." error={loaded.message} />;
  // a backend fault is a message with Retry, and the page keeps refreshing: it recovers by itself
  let data: RegistryData;
  try {
    data = await loadRegistryPage(loaded.target, query);
  } catch (e) {
    return (
      <>
        <ServerErrorState title="The node list could not be loaded from the staking backend." message={errorSentence(e)} />
        <RefreshEvery ms={FAULT_REFRESH_MS} />
      </>
    );
  }
  return (
    <section>
      <div className="flex flex-wrap items-end gap-3">
        <NodesFilters query={query} total={data.total} counts={data.counts} />
        <p className="ml-auto text-sm text-muted" data-testid="nodes-count">
          {data.matched} node{data.matched === 1 ? "" : "s"}
        </p>
      </div>
      {data.chainUnavailable ? <div className="mt-4"><FaultNotice>The chain could not be read: stakes are as the network reports them.</FaultNotice></div> : null}
      <NodesTable rows={data.rows} explorerUrl={loaded.target.public.explorerUrl} software={softwareRules()} now={data.now} />
      <NodesPager query={query} page={data.page} pages={data.pages} />
      <RefreshEvery ms={data.chainUnavailable ? FAULT_REFRESH_MS : PAGE_REFRESH_MS} />
    </section>
  );
}

export default async function NodesPage({ searchParams }: Props) {
  const query = parseRegistryQuery(await searchParams);
  return (
    <>
      <h1 className="text-3xl font-bold">Session Nodes</h1>
      <p className="mt-2 max-w-2xl text-muted">The registry of staked nodes, with the state the network and the chain report for each.</p>
      <div className="mt-8">
        <Suspense key={`${query.state}|${query.q}|${query.page}`} fallback={<Loading label="Loading the node registry…" minHeight="min-h-[100vh]" />}>
          <Registry query={query} />
        </Suspense>
      </div>
    </>
  );
}
