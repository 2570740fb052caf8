/**
 * /nodes' data, read on the server: the backend's node list (validated by lib/network's schema,
 * shared across requests by lib/network/cached-registry.ts), states derived, ordered, filtered and
 * cut to one page of 50 by lib/staking, then ONE chain batch for that page's deposits. The browser
 * receives 50 rendered rows, whatever the registry's size.
 */
import { createPublicClient } from "viem";
import { withDeadline } from "@/lib/async/deadline";
import { chainForTarget } from "@/lib/chain/chains";
import type { PublicTarget } from "@/lib/chain/targets";
import { transportForTarget } from "@/lib/chain/wagmi-config";
import { readChainSnapshot } from "@/lib/contracts/reads/chain-snapshot";
import { getRegistry } from "@/lib/network/cached-registry";
import { registryPage, type RegistryPage, type RegistryQuery } from "@/lib/staking/node-registry";
import { nodeView, type NodeView } from "@/lib/staking/node-view";

const CHAIN_BUDGET_MS = 3_000;

export type RegistryRow = NodeView & { deposit: bigint };
/** `chainUnavailable`: the chain read failed, so the rows carry the backend's stakes (said on the page). */
export type RegistryData = RegistryPage<RegistryRow> & { now: number; chainUnavailable: boolean };

/** Chain deposits of the page's registered nodes; null when the RPC is slow or down (the backend's figures show). */
async function chainDeposits(target: PublicTarget, ids: readonly number[]): Promise<Map<number, bigint> | null> {
  if (ids.length === 0) return new Map();
  try {
    return await withDeadline(
      CHAIN_BUDGET_MS,
      async (signal) => {
        const client = createPublicClient({ chain: chainForTarget(target), transport: transportForTarget(target, { signal }) });
        const s = await readChainSnapshot(client, { addresses: target.contracts, contributionContracts: [], nodeIds: ids.map(BigInt) });
        return new Map(s.nodes.filter((n) => n.registered).map((n) => [Number(n.id), n.deposit]));
      },
      { what: "The registry's chain read" },
    );
  } catch {
    return null;
  }
}

/** Throws lib/network's error (with its user-facing sentence) when the backend answer is unusable. */
export async function loadRegistryPage(target: PublicTarget, backendUrl: string, query: RegistryQuery): Promise<RegistryData> {
  const answer = await getRegistry(backendUrl);
  // the network's own clock (devnet time may run ahead of the wall clock)
  const now = answer.t;
  const views = answer.nodes.map((s) => nodeView(s, answer.network, now));
  const page = registryPage(views, query);
  const deposits = await chainDeposits(
    target,
    page.rows.map((v) => v.stake.contract_id),
  );
  return { ...page, now, chainUnavailable: deposits === null, rows: page.rows.map((v) => ({ ...v, deposit: deposits?.get(v.stake.contract_id) ?? v.stake.total_contributed })) };
}
