import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NodeDetail, type NodeBackendView } from "@/components/dapp/nodes/NodeDetail";
import { RefreshEvery } from "@/components/dapp/nodes/RefreshEvery";
import { PageBlock } from "@/components/dapp/data/PageBlock";
import { FAULT_REFRESH_MS, PAGE_REFRESH_MS } from "@/components/dapp/data/refresh";
import { ErrorState } from "@/components/dapp/ui/States";
import { withDeadline } from "@/lib/async/deadline";
import { loadServerTarget } from "@/lib/chain/server-target";
import { softwareRules } from "@/lib/config/node-software-rules";
import type { ServerTarget } from "@/lib/chain/targets";
import type { ChainSnapshot } from "@/lib/contracts/reads/chain-snapshot";
import { getRegistry } from "@/lib/backend/cached-registry";
import { cachedChainSnapshot } from "@/lib/server-cache/chain-read";
import { PAGE_READ_BUDGET_MS } from "@/lib/server-cache/settings";
import { requestActing } from "../../_account/acting";

/** The backend's record of one node, picked out of the shared registry answer on the server; a failure becomes a message. */
async function backendView(target: ServerTarget, id: number): Promise<NodeBackendView> {
  try {
    const answer = await getRegistry(target);
    return { ok: true, stake: answer.nodes.find((n) => n.contract_id === id) ?? null, network: answer.network, t: answer.t };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/** The registry contract's record of the node, the exit rules and the cookies' wallet, in one cached batch. */
async function chainView(target: ServerTarget, id: number): Promise<{ chain: ChainSnapshot | null; error: string | null; readAtMs: number }> {
  try {
    const chain = await withDeadline(PAGE_READ_BUDGET_MS, () => cachedChainSnapshot(target.public, { addresses: target.public.contracts, contributionContracts: [], nodeIds: [BigInt(id)] }), { what: "The chain read" });
    return { chain, error: null, readAtMs: Date.now() };
  } catch (e) {
    return { chain: null, error: e instanceof Error ? e.message : String(e), readAtMs: Date.now() };
  }
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: `Node #${id}`, robots: { index: false } };
}

export default async function NodePage({ params }: Props) {
  const { id } = await params;
  // node ids are uint64 on chain but count up from 1: one beyond 2^53 cannot exist, and Number()
  // would round it to another node's id
  if (!/^[1-9]\d{0,15}$/.test(id) || !Number.isSafeInteger(Number(id))) notFound();
  const loaded = await loadServerTarget();
  const heading = (
    <>
      <p className="text-sm">
        <Link href="/nodes" className="text-accent-fg underline-offset-4 hover:underline">
          ← All nodes
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Node #{id}</h1>
    </>
  );
  if (!loaded.ok) {
    return (
      <>
        {heading}
        <div className="mt-8">
          <ErrorState title="This node could not be loaded." error={loaded.message} />
        </div>
      </>
    );
  }
  const [backend, chain, acting] = await Promise.all([backendView(loaded.target, Number(id)), chainView(loaded.target, Number(id)), requestActing()]);
  // the staker: the cookies' wallet, or the vesting contract it acts as (app/(dapp)/_account/acting.ts)
  const wallet = acting?.acting && !acting.acting.blocker ? acting.acting.address : (acting?.wallet ?? null);
  return (
    <>
      {heading}
      <div className="mt-8">
        <NodeDetail id={Number(id)} backend={backend} chain={chain.chain} chainError={chain.error} readAtMs={chain.readAtMs} wallet={wallet} actor={acting?.acting && !acting.acting.blocker ? acting.actor : null} explorerUrl={loaded.target.public.explorerUrl} software={softwareRules()} />
        <PageBlock block={chain.chain?.registry.blockNumber ?? null} />
        {/* a backend fault, or a node the network has not reported yet, is asked again sooner */}
        <RefreshEvery ms={backend.ok && backend.stake && chain.chain ? PAGE_REFRESH_MS : FAULT_REFRESH_MS} />
      </div>
    </>
  );
}
