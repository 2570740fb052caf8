"use client";

import { useState, type ReactNode } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { WagmiProvider, type State } from "wagmi";
import { createStakingWagmiConfig } from "@/lib/chain/wagmi-config";
import type { PublicTarget } from "@/lib/chain/targets";
import { TargetProvider } from "./TargetContext";

/**
 * wagmi + TanStack Query for the dApp, mounted only by app/(dapp)/layout.tsx. `initialState`
 * comes from the wallet cookie so the server renders the same connection state the client starts
 * with (no hydration mismatch).
 */
export function DappProviders({ target, initialState, children }: { target: PublicTarget; initialState: State | undefined; children: ReactNode }) {
  const [config] = useState(() => createStakingWagmiConfig(target));
  const [queryClient] = useState(
    () =>
      new QueryClient({
        // one quick retry: the RPC transport and the network client already retry and time out on
        // their own, so a service that is down is said within seconds; failed reads are retried
        // every FAULT_REFRESH_MS after that (components/dapp/data/refresh.ts)
        defaultOptions: { queries: { staleTime: 15_000, refetchOnWindowFocus: false, retry: 1, retryDelay: 500 } },
      }),
  );
  return (
    <WagmiProvider config={config} initialState={initialState}>
      <QueryClientProvider client={queryClient}>
        <TargetProvider value={target}>{children}</TargetProvider>
      </QueryClientProvider>
    </WagmiProvider>
  );
}
