import { describe, expect, it } from "vitest";
import { ARBITRUM_ONE, ARBITRUM_SEPOLIA } from "@/lib/deployments";
import { CANONICAL_MULTICALL3, parseStakingEnv, resolveTarget, TargetConfigError } from "./targets";
import { testDevnetState } from "@/test/support/devnet-state";

const devnet = testDevnetState({ rpcUrl: "http://127.0.0.1:8545", backendApiUrl: "http://127.0.0.1:8546" });

describe("staking targets", () => {
  it("defaults to the devnet, read from its state file", () => {
    const t = resolveTarget(parseStakingEnv({}), devnet);
    expect(t.public).toMatchObject({ name: "devnet", chainId: 31337, rpcUrls: ["http://127.0.0.1:8545"], explorerUrl: null, contracts: devnet.contracts, backendApiBasePath: "/api/backend" });
    expect(t.backendUrl).toBe("http://127.0.0.1:8546");
  });
  it("says how to start the devnet when it is not running", () => {
    expect(() => resolveTarget(parseStakingEnv({}), null)).toThrow("The devnet is not running: run `npm run dev`");
  });
  it("Arbitrum One: live addresses, public RPC defaults in order, Arbiscan, the backend from env", () => {
    const t = resolveTarget(parseStakingEnv({ STAKING_TARGET: "arbitrum-one", STAKING_BACKEND_URL: "https://backend.example/api" }), null);
    expect(t.public).toMatchObject({ chainId: 42161, explorerUrl: "https://arbiscan.io", nettype: "mainnet", rpcUrls: ["https://arb1.arbitrum.io/rpc", "https://arbitrum-one-rpc.publicnode.com"] });
    expect(t.public.contracts).toEqual({ token: ARBITRUM_ONE.token, rewards: ARBITRUM_ONE.rewards, factory: ARBITRUM_ONE.factory, pool: ARBITRUM_ONE.pool, multicall3: CANONICAL_MULTICALL3 });
    expect(t.backendUrl).toBe("https://backend.example/api");
  });
  it("Sepolia with RPCs from env, NEXT_PUBLIC_STAKING_TARGET winning over STAKING_TARGET", () => {
    const env = parseStakingEnv({ NEXT_PUBLIC_STAKING_TARGET: "arbitrum-sepolia", STAKING_TARGET: "arbitrum-one", ARBITRUM_SEPOLIA_RPC_URLS: "https://a.example/rpc, https://b.example/rpc", STAKING_BACKEND_URL: "https://b.example" });
    const t = resolveTarget(env, null);
    expect(t.public).toMatchObject({ chainId: 421614, rpcUrls: ["https://a.example/rpc", "https://b.example/rpc"], nettype: "testnet" });
    expect(t.public.contracts.rewards).toBe(ARBITRUM_SEPOLIA.rewards);
  });
  it("rejects bad configuration with a clear sentence", () => {
    expect(() => parseStakingEnv({ STAKING_TARGET: "mainnet" })).toThrow(/STAKING_TARGET \(or NEXT_PUBLIC_STAKING_TARGET\) must be one of devnet, arbitrum-sepolia, arbitrum-one/);
    expect(() => parseStakingEnv({ NEXT_PUBLIC_RPC_URLS: "not a url" })).toThrow(TargetConfigError);
    expect(() => resolveTarget(parseStakingEnv({ STAKING_TARGET: "arbitrum-one" }), null)).toThrow("STAKING_BACKEND_URL must be set");
  });
  it("refuses plain http RPCs and backends for the Arbitrum targets, naming the setting; the devnet may use http", () => {
    const one = (env: Record<string, string>) => () => resolveTarget(parseStakingEnv({ STAKING_TARGET: "arbitrum-one", STAKING_BACKEND_URL: "https://backend.example", ...env }), null);
    expect(one({ STAKING_BACKEND_URL: "http://backend.example" })).toThrow(
      "Staking configuration error: STAKING_BACKEND_URL must use https:// for the Arbitrum One target (plain http can be read and altered in transit).",
    );
    expect(one({ NEXT_PUBLIC_RPC_URLS: "https://a.example/rpc,http://b.example/rpc" })).toThrow(/NEXT_PUBLIC_RPC_URLS must use https:\/\/ for the Arbitrum One target/);
    // the message a visitor may see names the setting, never its value
    expect(one({ NEXT_PUBLIC_RPC_URLS: "http://secret-rpc.example/key/abc" })).toThrow(expect.objectContaining({ message: expect.not.stringContaining("secret-rpc") }));
    expect(one({ ARBITRUM_ONE_RPC_URLS: "http://127.0.0.1:8545" })).toThrow(/ARBITRUM_ONE_RPC_URLS must use https/);
    const sepolia = () => resolveTarget(parseStakingEnv({ STAKING_TARGET: "arbitrum-sepolia", STAKING_BACKEND_URL: "https://b.example", ARBITRUM_SEPOLIA_RPC_URLS: "http://rpc.example" }), null);
    expect(sepolia).toThrow(/ARBITRUM_SEPOLIA_RPC_URLS must use https:\/\/ for the Arbitrum Sepolia target/);
    expect(one({ ARBITRUM_ONE_RPC_URLS: "https://rpc.example" })().public.rpcUrls).toEqual(["https://rpc.example"]);
    expect(resolveTarget(parseStakingEnv({ NEXT_PUBLIC_RPC_URLS: "http://127.0.0.1:9945" }), devnet).public.rpcUrls).toEqual(["http://127.0.0.1:9945"]);
  });
  it("WalletConnect only when a project id is configured", () => {
    expect(resolveTarget(parseStakingEnv({}), devnet).public.walletConnectProjectId).toBeNull();
    expect(resolveTarget(parseStakingEnv({ NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID: "abc" }), devnet).public.walletConnectProjectId).toBe("abc");
  });
});
