"use client";

import { useQuery } from "@tanstack/react-query";
import type { ContributionContractsResponse } from "@/lib/network/schemas";
import { useNetworkClient } from "./useNetworkClient";
import { PAGE_REFRESH_MS } from "./useStakeReads";

/** Network API queries, each validated by lib/network's schemas (a bad answer becomes an error). */
export function useContributionContracts(initialData?: ContributionContractsResponse) {
  const api = useNetworkClient();
  return useQuery({ queryKey: ["network", "contracts"], queryFn: async () => (await api()).getContributionContracts(), refetchInterval: PAGE_REFRESH_MS, initialData });
}

export function useWalletStakes(address: string | undefined) {
  const api = useNetworkClient();
  return useQuery({ queryKey: ["network", "stakes", address], enabled: Boolean(address), queryFn: async () => (await api()).getStakes(address!), refetchInterval: PAGE_REFRESH_MS });
}

export function useWalletRewards(address: string | undefined) {
  const api = useNetworkClient();
  return useQuery({ queryKey: ["network", "rewards", address], enabled: Boolean(address), queryFn: async () => (await api()).getRewards(address!), refetchInterval: PAGE_REFRESH_MS });
}

export function useDailyRewards(address: string | undefined) {
  const api = useNetworkClient();
  return useQuery({ queryKey: ["network", "daily", address], enabled: Boolean(address), queryFn: async () => (await api()).getDailyRewards(address!) });
}
