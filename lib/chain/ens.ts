/**
 * ENS name of an address, from Ethereum mainnet, for the Arbitrum One target only (testnet and
 * devnet addresses have no meaningful mainnet name). Server-side, through the server cache: a name
 * and the absence of one are both kept for hours (names rarely change, and most addresses have
 * none), one lookup in flight per address, a failed lookup remembered for a minute. The page waits
 * at most `timeoutMs`: a missing name never delays it much and never fails it.
 */
import "server-only";
import { createPublicClient, fallback, http, type Address } from "viem";
import { mainnet } from "viem/chains";
import { withDeadline } from "@/lib/async/deadline";
import { loggedLoad, serverCache } from "@/lib/server-cache/store";
import { DEFAULT_ENS_RPC_URLS, type PublicTarget } from "./targets";

const NAME_KEPT_MS = 6 * 60 * 60_000;
const FAILURE_KEPT_MS = 60_000;
/** A shared lookup may run this long (later visitors get its answer); the page stops waiting sooner. */
const LOOKUP_DEADLINE_MS = 8_000;

function lookup(address: Address): Promise<string | null> {
  return withDeadline(LOOKUP_DEADLINE_MS, (signal) => {
    const transport = fallback(DEFAULT_ENS_RPC_URLS.map((u) => http(u, { timeout: LOOKUP_DEADLINE_MS, fetchOptions: { signal } })));
    return createPublicClient({ chain: mainnet, transport }).getEnsName({ address });
  });
}

export async function lookupEnsName(target: PublicTarget, address: Address, timeoutMs = 2_500): Promise<string | null> {
  if (target.name !== "arbitrum-one") return null;
  try {
    const cached = serverCache<string | null>().get(`ens|${address.toLowerCase()}`, loggedLoad("ens", "a reverse name", () => lookup(address)), {
      isFresh: (m, _v, now) => now - m.loadedAt < NAME_KEPT_MS,
      errorMs: FAILURE_KEPT_MS,
      weigh: () => 200,
    });
    return await withDeadline(timeoutMs, () => cached);
  } catch {
    return null;
  }
}
