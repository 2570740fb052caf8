/**
 * The one wagmi/viem configuration of the dApp, built per target. Reads batch through Multicall3
 * (`batch.multicall`) and JSON-RPC batching, over ordered fallback RPCs. Only the light injected
 * connector (plus EIP-6963 discovery) is eager; RainbowKit's wallet list is added on demand by
 * components/dapp/wallet/load-wallet-dialog.tsx so it stays out of the first page load.
 */
import { cookieStorage, createConfig, createStorage, fallback, http, injected, type Config } from "wagmi";
import type { Transport } from "viem";
import { chainForTarget } from "./chains";
import { WAGMI_STORAGE_KEY } from "./wallet-cookie-names";
import type { PublicTarget } from "./targets";


/** An RPC request (body included) is aborted after this long; viem then tries the next RPC. */
export const RPC_TIMEOUT_MS = 15_000;

/**
 * The RPC transport. `signal` (server loaders, from lib/async/deadline.ts) aborts every request
 * it makes when the caller's deadline passes, on top of viem's own per-request `timeout`.
 */
export function transportForTarget(t: PublicTarget, options: { signal?: AbortSignal } = {}): Transport {
  const fetchOptions = options.signal ? { signal: options.signal } : undefined;
  const transports = t.rpcUrls.map((url) => http(url, { batch: { wait: 16 }, timeout: RPC_TIMEOUT_MS, retryCount: 1, fetchOptions }));
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
    // made in the browser only, when the wallet runtime loads (components/dapp/wallet/runtime-impl.tsx): its store reads the cookies at once
    ssr: false,
    storage: createStorage({ storage: cookieStorage, key: WAGMI_STORAGE_KEY }),
  });
}
