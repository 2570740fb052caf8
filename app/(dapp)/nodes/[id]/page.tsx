import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NodeDetail, type NodeBackendView } from "@/components/dapp/nodes/NodeDetail";
import { RefreshEvery } from "@/components/dapp/nodes/RefreshEvery";
import { FAULT_REFRESH_MS, PAGE_REFRESH_MS } from "@/components/dapp/data/refresh";
import { loadServerTarget } from "@/lib/chain/server-target";
import { getRegistry } from "@/lib/network/cached-registry";
import { WalletScope } from "@/components/dapp/wallet/WalletScope";

/** The backend's record of one node, picked out of the shared registry answer on the server; a failure becomes a message. */
async function backendView(id: number): Promise<NodeBackendView> {
  const loaded = await loadServerTarget();
  if (!loaded.ok) return { ok: false, message: loaded.message };
  try {
    const answer = await getRegistry(loaded.target);
    return { ok: true, stake: answer.nodes.find((n) => n.contract_id === id) ?? null, network: answer.network, t: answer.t };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
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
  const backend = await backendView(Number(id));
  return (
    <>
      <p className="text-sm">
        <Link href="/nodes" className="text-accent-fg underline-offset-4 hover:underline">
          ← All nodes
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Node #{id}</h1>
      <div className="mt-8">
        <WalletScope eager>
          <NodeDetail id={Number(id)} backend={backend} />
        </WalletScope>
        {/* a backend fault, or a node the network has not reported yet, is asked again sooner */}
        <RefreshEvery ms={backend.ok && backend.stake ? PAGE_REFRESH_MS : FAULT_REFRESH_MS} />
      </div>
    </>
  );
}
