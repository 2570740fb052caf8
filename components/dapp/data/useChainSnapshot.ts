"use client";

import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { useClient } from "wagmi";
import type { ChainSnapshot } from "@/lib/contracts/reads/chain-snapshot";
import { useTarget } from "../providers/TargetContext";
import { queryKeys } from "./query-keys";
import { refreshInterval } from "./refresh";

function sameAccount(key: readonly unknown[], account: Address | undefined): boolean {
  const parts = key[2] as { account?: string | null } | undefined;
  return (parts?.account ?? null) === (account?.toLowerCase() ?? null);
}

export type ChainSnapshotOptions = {
  contracts: readonly Address[] | undefined;
  nodeIds: readonly bigint[] | undefined;
  account?: Address;
  enabled?: boolean;
  detail?: boolean;
  ed25519Keys?: readonly bigint[];
  initialData?: ChainSnapshot;
};

/**
 * One chain batch for the given contracts / node ids / account (lib/contracts/reads). Reads use
 * the configured chain's client, never the wallet's, so a wallet on the wrong chain does not
 * break them.
 */
export function useChainSnapshot(opts: ChainSnapshotOptions) {
  const target = useTarget();
  // the bare client (no public-action bundle); lib/contracts/reads uses tree-shaken viem actions
  const client = useClient({ chainId: target.chainId });
  const ready = opts.contracts !== undefined && opts.nodeIds !== undefined && client !== undefined && (opts.enabled ?? true);
  return useQuery<ChainSnapshot>({
    queryKey: queryKeys.chainSnapshot({ chainId: target.chainId, contracts: opts.contracts ?? [], nodeIds: opts.nodeIds ?? [], account: opts.account ?? null, detail: opts.detail ?? false, ed25519Keys: opts.ed25519Keys ?? [] }),
    enabled: ready,
    refetchInterval: refreshInterval,
    // keep the last figures while a new batch loads (a node list grew), but never another
    // account's: personal figures must not survive a wallet switch
    placeholderData: (previous, previousQuery) => (previousQuery && sameAccount(previousQuery.queryKey, opts.account) ? previous : undefined),
    initialData: opts.initialData,
    // the read layer and its contract ABIs load with the first chain query, not with the page:
    // /stake and /nodes hydrate with server-read data and need them only for refreshes
    queryFn: async () =>
      (await import("@/lib/contracts/reads/chain-snapshot")).readChainSnapshot(client!, {
        addresses: target.contracts,
        contributionContracts: opts.contracts ?? [],
        nodeIds: opts.nodeIds ?? [],
        account: opts.account,
        detail: opts.detail,
        ed25519Keys: opts.ed25519Keys,
      }),
  });
}
