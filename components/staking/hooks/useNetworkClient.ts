"use client";

import { useMemo } from "react";
import { createNetworkClient, type NetworkClient } from "@/lib/network/client";
import { useTarget } from "../providers/TargetContext";

const ADDRESS_IN_JSON = /"0x[0-9a-fA-F]{40}"/g;

/**
 * fetch for the network client in the browser. Our proxy has already validated the answer in full
 * (app/api/network/.../validate.ts, EIP-55 checksums included); lower-casing addresses here lets
 * the client's schemas accept them without a keccak per address on the main thread, which cost
 * more blocking time than everything else on /stake. Components show addresses checksummed again.
 */
async function fetchWithLowerCaseAddresses(input: string, init?: { method?: string; headers?: Record<string, string> }): Promise<Response> {
  const res = await fetch(input, init);
  const text = await res.text();
  return new Response(text.replace(ADDRESS_IN_JSON, (m) => m.toLowerCase()), { status: res.status, statusText: res.statusText, headers: res.headers });
}

/** The staking backend through our same-origin proxy (app/api/network). */
export function useNetworkClient(): NetworkClient {
  const target = useTarget();
  return useMemo(() => createNetworkClient(target.networkApiBasePath, fetchWithLowerCaseAddresses), [target.networkApiBasePath]);
}
