/**
 * The three places the dApp runs (DESIGN.md): devnet, Arbitrum Sepolia, Arbitrum One. The target is
 * picked by env at request time on the server; the resolved, serialisable `PublicTarget` is what the
 * browser receives. Pure: env and the devnet state are passed in (see server-target.ts for I/O).
 */
import { ARBITRUM_ONE, ARBITRUM_SEPOLIA, type LiveDeployment } from "@/lib/deployments";
import { EnvError, readEnv, type ServerEnv, type TargetName } from "@/lib/config/env";
import type { DevnetState } from "./devnet-state";

export type { TargetName };

/** Public RPCs, in order of preference; the CSP in lib/security/headers.mjs allows the same hosts. */
export const DEFAULT_RPC_URLS: Record<Exclude<TargetName, "devnet">, readonly string[]> = {
  "arbitrum-one": ["https://arb1.arbitrum.io/rpc", "https://arbitrum-one-rpc.publicnode.com"],
  "arbitrum-sepolia": ["https://sepolia-rollup.arbitrum.io/rpc", "https://arbitrum-sepolia-rpc.publicnode.com"],
};

/** Ethereum mainnet RPCs, only for ENS names on the Arbitrum One target. */
export const DEFAULT_ENS_RPC_URLS = ["https://cloudflare-eth.com", "https://ethereum-rpc.publicnode.com"] as const;

/** Same-origin path the browser uses for the staking backend (app/api/backend proxies it). */
export const BACKEND_API_BASE_PATH = "/api/backend";

/** The server's environment, parsed by the one schema (lib/config/env.ts); the target reads its staking part. */
export type StakingEnv = ServerEnv;

export type PublicTarget = {
  name: TargetName;
  chainId: number;
  chainName: string;
  nettype: "devnet" | "testnet" | "mainnet";
  rpcUrls: string[];
  /** null on the devnet: nothing to link to. */
  explorerUrl: string | null;
  contracts: { token: `0x${string}`; rewards: `0x${string}`; factory: `0x${string}`; pool: `0x${string}`; multicall3: `0x${string}` };
  backendApiBasePath: string;
  pollingIntervalMs: number;
  /** how long a sent transaction may take before the dApp says "still pending" (it keeps waiting) */
  receiptTimeoutMs: number;
  walletConnectProjectId: string | null;
};

export type ServerTarget = { public: PublicTarget; backendUrl: string };

/**
 * A configuration the dApp cannot run with. `message` is what a visitor may read (the setting's
 * name and the problem); `detail` (a file path, a URL, a parser's words) is for the server's log only.
 */
export class TargetConfigError extends Error {
  readonly detail: string | undefined;
  constructor(message: string, detail?: string) {
    super(message);
    this.name = "TargetConfigError";
    this.detail = detail;
  }
}

/** Multicall3 is at the same address on every chain where it is deployed (incl. both Arbitrums). */
export const CANONICAL_MULTICALL3 = "0xcA11bde05977b3631167028862bE2a173976CA11" as const;

/**
 * The staking settings of `env` (the server's own, parsed once, when not given), validated by the
 * one schema: a wrong or missing variable becomes a TargetConfigError that names it (never its value).
 */
export function parseStakingEnv(env?: Record<string, string | undefined>): StakingEnv {
  try {
    return readEnv(env);
  } catch (e) {
    if (e instanceof EnvError) throw new TargetConfigError(`Staking configuration error: ${e.problems.join("; ")}.`);
    throw e;
  }
}

function liveTarget(name: Exclude<TargetName, "devnet">, d: LiveDeployment, env: StakingEnv): ServerTarget {
  // the schema (lib/config/env.ts) requires it, over https, for these targets; a hand-made env may not
  if (!env.STAKING_BACKEND_URL) {
    throw new TargetConfigError(`Staking configuration error: STAKING_BACKEND_URL must be set to the Session staking backend for the ${d.name} target.`);
  }
  const perChain = name === "arbitrum-one" ? env.ARBITRUM_ONE_RPC_URLS : env.ARBITRUM_SEPOLIA_RPC_URLS;
  return {
    backendUrl: env.STAKING_BACKEND_URL,
    public: {
      name,
      chainId: d.chainId,
      chainName: d.name,
      nettype: name === "arbitrum-one" ? "mainnet" : "testnet",
      rpcUrls: [...(env.NEXT_PUBLIC_RPC_URLS ?? perChain ?? DEFAULT_RPC_URLS[name])],
      explorerUrl: d.explorer,
      contracts: { token: d.token, rewards: d.rewards, factory: d.factory, pool: d.pool, multicall3: CANONICAL_MULTICALL3 },
      backendApiBasePath: BACKEND_API_BASE_PATH,
      pollingIntervalMs: 12_000,
      // Arbitrum blocks come every 250 ms; a minute without a receipt means a congested or stuck
      // transaction, which the dApp then calls "still pending" while it keeps waiting
      receiptTimeoutMs: env.TX_RECEIPT_TIMEOUT_MS ?? 60_000,
      walletConnectProjectId: env.NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID ?? null,
    },
  };
}

/** Builds the target; the devnet needs its state file's content (null when it is not running). */
export function resolveTarget(env: StakingEnv, devnet: Omit<DevnetState, "accounts" | "vesting"> | null): ServerTarget {
  if (env.STAKING_TARGET === "arbitrum-one") return liveTarget("arbitrum-one", ARBITRUM_ONE, env);
  if (env.STAKING_TARGET === "arbitrum-sepolia") return liveTarget("arbitrum-sepolia", ARBITRUM_SEPOLIA, env);
  if (!devnet) throw new TargetConfigError("The devnet is not running: run `npm run dev` (or `npm run devnet`) and reload.");
  return {
    backendUrl: devnet.backendApiUrl,
    public: {
      name: "devnet",
      chainId: devnet.chainId,
      chainName: "Session devnet",
      nettype: "devnet",
      rpcUrls: [...(env.NEXT_PUBLIC_RPC_URLS ?? [devnet.rpcUrl])],
      explorerUrl: null,
      contracts: devnet.contracts,
      backendApiBasePath: BACKEND_API_BASE_PATH,
      pollingIntervalMs: 4_000,
      receiptTimeoutMs: env.TX_RECEIPT_TIMEOUT_MS ?? 20_000,
      walletConnectProjectId: env.NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID ?? null,
    },
  };
}
