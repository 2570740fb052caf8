"use client";

import { useQuery } from "@tanstack/react-query";
import type { ContributionContractsResponse } from "@/lib/backend/schemas";
import { queryKeys } from "./query-keys";
import { refreshInterval, WITNESS_POLL_MS } from "./refresh";
import { useBackendClient } from "./useBackendClient";

/**
 * Staking backend queries, each validated by lib/backend's schemas (a bad answer becomes an error). Each
 * passes TanStack Query's signal on, so a query that is no longer needed aborts its request; the
 * client's own deadline (lib/backend/client.ts) turns a backend that does not answer into an error.
 */
/** The contracts list; while `following()` says so, it polls every 2 s (a page waits for the network to witness something). */
export function useContributionContracts(initialData?: ContributionContractsResponse, following?: (data: ContributionContractsResponse | undefined) => boolean) {
  const api = useBackendClient();
  return useQuery({
    queryKey: queryKeys.contributionContracts(),
    queryFn: async ({ signal }) => (await api()).getContributionContracts({ signal }),
    refetchInterval: (q) => (following?.(q.state.data) ? WITNESS_POLL_MS : refreshInterval(q)),
    initialData,
  });
}
