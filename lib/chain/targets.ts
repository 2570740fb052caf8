/**
 * The three places the dApp runs (DESIGN.md): devnet, Arbitrum Sepolia, Arbitrum One. The target is
 * picked by env at request time on the server; the resolved, serialisable `PublicTarget` is what the
 * browser receives. Pure: env and the devnet state are passed in (see server-target.ts for I/O).
 */
import { z } from "zod";
import { ARBITRUM_ONE, ARBITRUM_SEPOLIA, type LiveDeployment } from "@/lib/deployments";
import type { DevnetState } from "./devnet-state";

export const TARGET_NAMES = ["devnet", "arbitrum-sepolia", "arbitrum-one"] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

/** Public RPCs, in order of preference; the CSP in lib/security/headers.mjs allows the same hosts. */
export const DEFAULT_RPC_URLS: Record<Exclude<TargetName, "devnet">, readonly string[]> = {
  "arbitrum-one": ["https://arb1.arbitrum.io/rpc", "https://arbitrum-one-rpc.publicnode.com"],
  "arbitrum-sepolia": ["https://sepolia-rollup.arbitrum.io/rpc", "https://arbitrum-sepolia-rpc.publicnode.com"],
};

/** Ethereum mainnet RPCs, only for ENS names on the Arbitrum One target. */
export const DEFAULT_ENS_RPC_URLS = ["https://cloudflare-eth.com", "https://ethereum-rpc.publicnode.com"] as const;

/** Same-origin path the browser uses for the staking backend (app/api/network proxies it). */
export const NETWORK_API_BASE_PATH = "/api/network";

const urlList = z
  .string()
  .transform((s) => s.split(",").map((u) => u.trim()).filter(Boolean))
  .pipe(z.array(z.url({ protocol: /^https?$/ })).min(1));

export const stakingEnvSchema = z.object({
  STAKING_TARGET: z.enum(TARGET_NAMES, { error: `must be one of ${TARGET_NAMES.join(", ")}` }).default("devnet"),
  /** Overrides the chosen target's RPC list (comma-separated, first = preferred). */
  NEXT_PUBLIC_RPC_URLS: urlList.optional(),
  ARBITRUM_ONE_RPC_URLS: urlList.optional(),
  ARBITRUM_SEPOLIA_RPC_URLS: urlList.optional(),
  /** The Session staking backend for live targets (the devnet uses the simulator from devnet.json). */
  STAKING_BACKEND_URL: z.url({ protocol: /^https?$/ }).optional(),
  NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID: z.string().trim().min(1).optional(),
  /** Overrides when a pending transaction is called "still pending" (ms; the e2e tests shorten it). */
  TX_RECEIPT_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).optional(),
});
export type StakingEnv = z.infer<typeof stakingEnvSchema>;

export type PublicTarget = {
  name: TargetName;
  chainId: number;
  chainName: string;
  nettype: "devnet" | "testnet" | "mainnet";
  rpcUrls: string[];
  /** null on the devnet: nothing to link to. */
  explorerUrl: string | null;
  contracts: { token: `0x${string}`; rewards: `0x${string}`; factory: `0x${string}`; pool: `0x${string}`; multicall3: `0x${string}` };
  networkApiBasePath: string;
  pollingIntervalMs: number;
  /** how long a sent transaction may take before the dApp says "still pending" (it keeps waiting) */
  receiptTimeoutMs: number;
  walletConnectProjectId: string | null;
};

export type ServerTarget = { public: PublicTarget; backendUrl: string };

export class TargetConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TargetConfigError";
  }
}

/** Multicall3 is at the same address on every chain where it is deployed (incl. both Arbitrums). */
export const CANONICAL_MULTICALL3 = "0xcA11bde05977b3631167028862bE2a173976CA11" as const;

/** Reads process.env-like input: NEXT_PUBLIC_STAKING_TARGET wins over STAKING_TARGET. */
export function parseStakingEnv(env: Record<string, string | undefined>): StakingEnv {
  const input = { ...env, STAKING_TARGET: env.NEXT_PUBLIC_STAKING_TARGET || env.STAKING_TARGET || undefined };
  const parsed = stakingEnvSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") ?? "environment";
    const shown = field === "STAKING_TARGET" ? "NEXT_PUBLIC_STAKING_TARGET / STAKING_TARGET" : field;
    throw new TargetConfigError(`Staking configuration error: ${shown} ${issue?.message ?? "is invalid"}.`);
  }
  return parsed.data;
}

/**
 * Real money moves on the Arbitrum targets: an RPC or backend reached over plain http could be read
 * and its answers changed on the way (balances, signatures), so only https is accepted there.
 */
function requireHttps(urls: readonly string[], field: string, chain: string): void {
  const plain = urls.find((u) => new URL(u).protocol !== "https:");
  if (plain) {
    throw new TargetConfigError(`Staking configuration error: ${field} must use https:// for the ${chain} target (got ${plain}); plain http can be read and altered in transit.`);
  }
}

function liveTarget(name: Exclude<TargetName, "devnet">, d: LiveDeployment, env: StakingEnv): ServerTarget {
  if (!env.STAKING_BACKEND_URL) {
    throw new TargetConfigError(`Staking configuration error: STAKING_BACKEND_URL must be set to the Session staking backend for the ${d.name} target.`);
  }
  requireHttps([env.STAKING_BACKEND_URL], "STAKING_BACKEND_URL", d.name);
  const perChainField = name === "arbitrum-one" ? "ARBITRUM_ONE_RPC_URLS" : "ARBITRUM_SEPOLIA_RPC_URLS";
  const perChain = env[perChainField];
  if (env.NEXT_PUBLIC_RPC_URLS) requireHttps(env.NEXT_PUBLIC_RPC_URLS, "NEXT_PUBLIC_RPC_URLS", d.name);
  else if (perChain) requireHttps(perChain, perChainField, d.name);
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
      networkApiBasePath: NETWORK_API_BASE_PATH,
      pollingIntervalMs: 12_000,
      // Arbitrum blocks come every 250 ms; a minute without a receipt means a congested or stuck
      // transaction, which the dApp then calls "still pending" while it keeps waiting
      receiptTimeoutMs: env.TX_RECEIPT_TIMEOUT_MS ?? 60_000,
      walletConnectProjectId: env.NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID ?? null,
    },
  };
}

/** Builds the target; the devnet needs its state file's content (null when it is not running). */
export function resolveTarget(env: StakingEnv, devnet: Omit<DevnetState, "accounts"> | null): ServerTarget {
  if (env.STAKING_TARGET === "arbitrum-one") return liveTarget("arbitrum-one", ARBITRUM_ONE, env);
  if (env.STAKING_TARGET === "arbitrum-sepolia") return liveTarget("arbitrum-sepolia", ARBITRUM_SEPOLIA, env);
  if (!devnet) throw new TargetConfigError("The devnet is not running: run `npm run dev` (or `npm run devnet`) and reload.");
  return {
    backendUrl: devnet.networkApiUrl,
    public: {
      name: "devnet",
      chainId: devnet.chainId,
      chainName: "Session devnet",
      nettype: "devnet",
      rpcUrls: [...(env.NEXT_PUBLIC_RPC_URLS ?? [devnet.rpcUrl])],
      explorerUrl: null,
      contracts: devnet.contracts,
      networkApiBasePath: NETWORK_API_BASE_PATH,
      pollingIntervalMs: 4_000,
      receiptTimeoutMs: env.TX_RECEIPT_TIMEOUT_MS ?? 20_000,
      walletConnectProjectId: env.NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID ?? null,
    },
  };
}
