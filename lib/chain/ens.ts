/**
 * ENS name of an address, from Ethereum mainnet, for the Arbitrum One target only (testnet and
 * devnet addresses have no meaningful mainnet name). Server-side, bounded by a short timeout: a
 * missing name never delays the page much and never fails it.
 */
import { createPublicClient, fallback, http, type Address } from "viem";
import { mainnet } from "viem/chains";
import { DEFAULT_ENS_RPC_URLS, type PublicTarget } from "./targets";

export async function lookupEnsName(target: PublicTarget, address: Address, timeoutMs = 2_500): Promise<string | null> {
  if (target.name !== "arbitrum-one") return null;
  const client = createPublicClient({ chain: mainnet, transport: fallback(DEFAULT_ENS_RPC_URLS.map((u) => http(u, { timeout: timeoutMs }))) });
  try {
    return await Promise.race([client.getEnsName({ address }), new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs))]);
  } catch {
    return null;
  }
}
