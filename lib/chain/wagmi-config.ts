/**
 * The one wagmi/viem configuration of the dApp, built per target. Reads batch through Multicall3
 * (`batch.multicall`) and JSON-RPC batching, over ordered fallback RPCs. Only the light injected
 * connector (plus EIP-6963 discovery) is eager; RainbowKit's wallet list is added on demand by
 * components/dapp/wallet/load-wallet-dialog.tsx so it stays out of the first page load.
 */
import { cookieStorage, createConfig, createStorage, fallback, http, injected, type Config } from "wagmi";
import type { Transport } from "viem";
import { chainForTarget } from "./chains";
import type { PublicTarget } from "./targets";

export const WAGMI_STORAGE_KEY = "session-staking";

export function transportForTarget(t: PublicTarget): Transport {
  const transports = t.rpcUrls.map((url) => http(url, { batch: { wait: 16 }, timeout: 15_000, retryCount: 1 }));
  return transports.length === 1 ? transports[0]! : fallback(transports, { rank: false, retryCount: 1 });
}

export function createStakingWagmiConfig(t: PublicTarget): Config {
  const chain = chainForTarget(t);
  return createConfig({
    chains: [chain],
    connectors: [injected({ shimDisconnect: true })],
    multiInjectedProviderDiscovery: true,
    transports: { [chain.id]: transportForTarget(t) },
    batch: { multicall: { wait: 16 } },
    pollingInterval: t.pollingIntervalMs,
    ssr: true,
    storage: createStorage({ storage: cookieStorage, key: WAGMI_STORAGE_KEY }),
  });
}
