/**
 * /nodes' data, read on the server: the backend's node list (validated by lib/backend's schema,
 * shared across requests by lib/backend/cached-registry.ts), states derived, ordered, filtered and
 * cut to one page of 50 by lib/staking, then ONE chain batch for that page's deposits, through the
 * server cache (one multicall per page and block, whatever the views). The browser receives 50
 * rendered rows, whatever the registry's size.
 */
import "server-only";
import { withDeadline } from "@/lib/async/deadline";
import type { PublicTarget, ServerTarget } from "@/lib/chain/targets";
import { getRegistry } from "@/lib/backend/cached-registry";
import { cachedChainSnapshot } from "@/lib/server-cache/chain-read";
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
      async () => {
        const s = await cachedChainSnapshot(target, { addresses: target.contracts, contributionContracts: [], nodeIds: ids.map(BigInt) });
        return new Map(s.nodes.filter((n) => n.registered).map((n) => [Number(n.id), n.deposit]));
      },
      { what: "The registry's chain read" },
    );
  } catch {
    return null;
  }
}

/** Throws lib/backend's error (with its user-facing sentence) when the backend answer is unusable. */
export async function loadRegistryPage(target: ServerTarget, query: RegistryQuery): Promise<RegistryData> {
  const answer = await getRegistry(target);
  // the network's own clock (devnet time may run ahead of the wall clock)
  const now = answer.t;
  const views = answer.nodes.map((s) => nodeView(s, answer.network, now));
  const page = registryPage(views, query);
  const deposits = await chainDeposits(
    target.public,
    page.rows.map((v) => v.stake.contract_id),
  );
  return { ...page, now, chainUnavailable: deposits === null, rows: page.rows.map((v) => ({ ...v, deposit: deposits?.get(v.stake.contract_id) ?? v.stake.total_contributed })) };
}
