/**
 * ENS name of an address, from Ethereum mainnet, for the Arbitrum One target only (testnet and
 * devnet addresses have no meaningful mainnet name). Server-side, bounded by a short deadline
 * whose signal aborts the RPC requests: a missing name never delays the page much and never fails it.
 */
import { createPublicClient, fallback, http, type Address } from "viem";
import { mainnet } from "viem/chains";
import { withDeadline } from "@/lib/async/deadline";
import { DEFAULT_ENS_RPC_URLS, type PublicTarget } from "./targets";

export async function lookupEnsName(target: PublicTarget, address: Address, timeoutMs = 2_500): Promise<string | null> {
  if (target.name !== "arbitrum-one") return null;
  try {
    return await withDeadline(timeoutMs, (signal) => {
      const transport = fallback(DEFAULT_ENS_RPC_URLS.map((u) => http(u, { timeout: timeoutMs, fetchOptions: { signal } })));
      return createPublicClient({ chain: mainnet, transport }).getEnsName({ address });
    });
  } catch {
    return null;
  }
}
