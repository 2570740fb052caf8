"use client";

import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { useClient } from "wagmi";
import type { RegistrationKeysHex } from "@/lib/contracts/reads/registration-checks";
import { useTarget } from "../providers/TargetContext";
import { queryKeys } from "./query-keys";
import { useBackendClient } from "./useBackendClient";

/** Registrations the network prepared for an operator (newest first), or for one node key. */
export function useRegistrations(operatorOrKey: string | undefined) {
  const api = useBackendClient();
  return useQuery({
    queryKey: queryKeys.registrations(operatorOrKey ?? ""),
    enabled: Boolean(operatorOrKey),
    queryFn: async () => (await api()).getRegistrations(operatorOrKey!),
  });
}

/** The newest contribution contract the network knows for a node key (an open one blocks a second). */
export function useContractForKey(ed25519: string | undefined) {
  const api = useBackendClient();
  return useQuery({
    queryKey: queryKeys.contributionContractForKey(ed25519 ?? ""),
    enabled: Boolean(ed25519),
    queryFn: async () => (await api()).getContributionContract(ed25519!),
  });
}

/** The chain's verdict on a node's keys for this operator (proof of possession, keys in use, registry open). */
export function useRegistrationChecks(keys: RegistrationKeysHex | null, operator: Address | undefined) {
  const target = useTarget();
  const client = useClient({ chainId: target.chainId });
  return useQuery({
    queryKey: queryKeys.registrationChecks(target.chainId, keys ?? { pubkey_ed25519: "", pubkey_bls: "", sig_bls: "" }, operator ?? ""),
    enabled: Boolean(keys && operator && client),
    queryFn: async () => (await import("@/lib/contracts/reads/registration-checks")).readRegistrationChecks(client!, { rewards: target.contracts.rewards, multicall3: target.contracts.multicall3 }, keys!, operator!),
  });
}
