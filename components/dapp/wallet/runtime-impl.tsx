"use client";

/**
 * The wallet stack itself, in its own chunk (components/dapp/wallet/runtime.ts loads it): the
 * target's wagmi config (lib/chain/wagmi-config.ts), one TanStack Query client, and the providers
 * that a WalletScope mounts around the components that need them. It reconnects a remembered
 * wallet, and tells the page when the account or chain changes (the server renders the account's
 * figures from the wallet cookies: the page is refreshed to show the new ones).
 */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { getAccount, reconnect, watchAccount } from "wagmi/actions";
import { WagmiContext, type Config } from "wagmi";
import type { PublicTarget } from "@/lib/chain/targets";
import { createStakingWagmiConfig } from "@/lib/chain/wagmi-config";

export type WalletRuntime = {
  config: Config;
  queryClient: QueryClient;
  /** the wallet stack's providers (wagmi, TanStack Query) around `children` */
  Providers: (props: { children: ReactNode }) => ReactNode;
  /** called with the wallet's account, chain and connection status now, and each time they change */
  onAccountChange: (listener: (a: { account: `0x${string}` | undefined; chainId: number | undefined; status: "connected" | "connecting" | "reconnecting" | "disconnected" }) => void) => () => void;
};

export function createWalletRuntime(target: PublicTarget): WalletRuntime {
  const config = createStakingWagmiConfig(target);
  const queryClient = new QueryClient({
    // one quick retry: the RPC transport and the backend client already retry and time out on
    // their own; failed reads are retried every FAULT_REFRESH_MS after that (components/dapp/data/refresh.ts)
    defaultOptions: { queries: { staleTime: 15_000, refetchOnWindowFocus: false, retry: 1, retryDelay: 500 } },
  });
  // once per page: the config (ssr: false) read its state from the cookies when it was made
  void reconnect(config);
  // wagmi's context itself, not WagmiProvider: its Hydrate runs on every render of every provider
  // (reconnecting, or with reconnectOnMount off clearing the connections), and the page mounts one
  // provider per island that needs the wallet
  function Providers({ children }: { children: ReactNode }) {
    return (
      <WagmiContext.Provider value={config}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </WagmiContext.Provider>
    );
  }
  return {
    config,
    queryClient,
    Providers,
    onAccountChange: (listener) => {
      // the reconnect may have finished before anyone listened
      const now = getAccount(config);
      listener({ account: now.address, chainId: now.chainId, status: now.status });
      return watchAccount(config, { onChange: (a) => listener({ account: a.address, chainId: a.chainId, status: a.status }) });
    },
  };
}
