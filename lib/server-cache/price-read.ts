/**
 * SESH's USD price for the dApp's pages, through the one server cache like every backend read:
 * shared for PRICE_CACHE_MS (the services themselves update it every 5 to 10 minutes, spec §5.6.2),
 * one request in flight, a failure remembered briefly. A price is
 * never needed for a page to work, so this never throws and waits PRICE_WAIT_MS at most: no
 * service, no price, a failure or a slow answer all give null, and the pages show "—" for every
 * USD figure while everything else stays as it was.
 */
import "server-only";
import type { ServerTarget } from "@/lib/chain/targets";
import { withDeadline } from "@/lib/async/deadline";
import { readEnv } from "@/lib/config/env";
import { fetchSeshPrice } from "@/lib/backend/price";
import { isPriceStale, type SeshPrice, type ShownPrice } from "@/lib/staking/usd";
import { serverCacheSettings } from "./settings";
import { loggedLoad, serverCache } from "./store";

/** How long a page waits for the price before it renders without one. */
export const PRICE_WAIT_MS = 3_000;

/** The price service for this target: PRICE_API_URL, else the devnet's simulator, else none [unconfirmed for Arbitrum]. */
export function priceServiceUrl(target: ServerTarget, env?: Record<string, string | undefined>): string | null {
  const e = readEnv(env);
  return e.PRICE_API_URL ?? (target.public.name === "devnet" ? target.backendUrl : null);
}

export async function cachedSeshPrice(target: ServerTarget, nowMs: number = Date.now()): Promise<ShownPrice | null> {
  const url = priceServiceUrl(target);
  if (!url) return null;
  const { PRICE_TOKEN: token, PRICE_CACHE_MS: freshMs } = readEnv();
  const s = serverCacheSettings(target.public.name);
  try {
    const price = await withDeadline(PRICE_WAIT_MS, () =>
      serverCache<SeshPrice | null>().get(`price|${url}|${token}`, loggedLoad("backend", `price ${token}`, () => fetchSeshPrice(url, token, { timeoutMs: PRICE_WAIT_MS })), {
        isFresh: (m, _v, now) => now - m.loadedAt < freshMs,
        maxStaleAgeMs: s.maxStaleAgeMs,
        errorMs: s.errorMs,
        weigh: () => 256,
      }),
    );
    return price ? { ...price, stale: isPriceStale(price, Math.floor(nowMs / 1000)) } : null;
  } catch {
    return null;
  }
}
