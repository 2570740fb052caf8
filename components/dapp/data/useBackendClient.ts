"use client";

import { useMemo } from "react";
import type { BackendClient } from "@/lib/backend/client";
import { useTarget } from "../providers/TargetContext";

const ADDRESS_IN_JSON = /"0x[0-9a-fA-F]{40}"/g;

/**
 * fetch for the network client in the browser. Our proxy has already validated the answer in full
 * (app/api/backend/.../validate.ts, EIP-55 checksums included); lower-casing addresses here lets
 * the client's schemas accept them without a keccak per address on the main thread, which cost
 * more blocking time than everything else on /stake. Components show addresses checksummed again.
 */
async function fetchWithLowerCaseAddresses(input: string, init?: { method?: string; headers?: Record<string, string> }): Promise<Response> {
  const res = await fetch(input, init);
  const text = await res.text();
  return new Response(text.replace(ADDRESS_IN_JSON, (m) => m.toLowerCase()), { status: res.status, statusText: res.statusText, headers: res.headers });
}

/**
 * The staking backend through our same-origin proxy (app/api/backend), as a loader: the client and
 * its zod schemas are imported on the first query, not in the first page load. Pages whose first
 * data the server already read (/stake, /nodes) only need them for later refreshes, so zod's module
 * set-up no longer blocks the main thread while the page hydrates.
 */
export function useBackendClient(): () => Promise<BackendClient> {
  const target = useTarget();
  return useMemo(() => {
    let client: Promise<BackendClient> | null = null;
    return () => {
      client ??= import("@/lib/backend/client").then((m) => m.createBackendClient(target.backendApiBasePath, fetchWithLowerCaseAddresses));
      // a failed chunk load is retried on the next query instead of being remembered
      client.catch(() => {
        client = null;
      });
      return client;
    };
  }, [target.backendApiBasePath]);
}
