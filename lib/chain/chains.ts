/** viem chain objects for a target: Arbitrum's from viem/chains, the devnet defined from its state. */
import { defineChain, type Chain } from "viem";
import { arbitrum, arbitrumSepolia } from "viem/chains";
import type { PublicTarget } from "./targets";

export function chainForTarget(t: PublicTarget): Chain {
  const rpcUrls = { default: { http: t.rpcUrls } };
  if (t.name === "arbitrum-one") return { ...arbitrum, rpcUrls };
  if (t.name === "arbitrum-sepolia") return { ...arbitrumSepolia, rpcUrls };
  return defineChain({
    id: t.chainId,
    name: t.chainName,
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls,
    // our own Multicall3 from the devnet deploy, so reads batch like on Arbitrum
    contracts: { multicall3: { address: t.contracts.multicall3 } },
    testnet: true,
  });
}
