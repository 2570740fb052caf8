/**
 * A devnet state file's content for unit tests: the deterministic addresses Hardhat gives the
 * devnet's deploy, no accounts; `urls` sets where its RPC and staking backend listen.
 */
import type { DevnetState } from "@/lib/chain/devnet-state";

export function testDevnetState(urls: { rpcUrl: string; backendApiUrl: string }): DevnetState {
  return {
    chainId: 31337,
    ...urls,
    contracts: {
      token: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
      rewards: "0x0165878A594ca255338adfa4d48449f69242Eb8F",
      factory: "0xa513E6E4b8f2a923D98304ec87F64353C4D5C853",
      pool: "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707",
      multicall3: "0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9",
    },
    accounts: [],
    vesting: [],
    startedAt: 0,
  };
}
