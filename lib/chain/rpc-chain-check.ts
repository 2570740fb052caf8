/**
 * Server-side: does each RPC of the target serve the target's chain? An RPC of another chain (an
 * Ethereum mainnet URL in ARBITRUM_ONE_RPC_URLS, a devnet restarted elsewhere) would make every
 * figure wrong and every transaction fail, so the dApp shows the configuration error instead.
 * Asked once per RPC and remembered in the server cache (one question in flight, whatever the
 * visitors): a known answer for 10 minutes, "could not ask" for 30 s (an RPC that is down is a fault
 * the pages report themselves, not a configuration error).
 */
import "server-only";
import { withDeadline } from "@/lib/async/deadline";
import { serverCache } from "@/lib/server-cache/store";
import type { PublicTarget } from "./targets";

const CHECK_DEADLINE_MS = 1_500;
const KNOWN_FOR_MS = 10 * 60_000;
const UNKNOWN_FOR_MS = 30_000;

type FetchLike = (input: string, init: { method: string; headers: Record<string, string>; body: string; signal: AbortSignal }) => Promise<Response>;

/** The RPC's eth_chainId, or null when it could not be asked or gave no usable answer. */
export async function askChainId(url: string, fetchImpl: FetchLike = fetch): Promise<number | null> {
  try {
    return await withDeadline(CHECK_DEADLINE_MS, async (signal) => {
      const res = await fetchImpl(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
        signal,
      });
      const body = (await res.json()) as { result?: unknown };
      return typeof body.result === "string" && /^0x[0-9a-f]+$/i.test(body.result) ? Number(BigInt(body.result)) : null;
    });
  } catch {
    return null;
  }
}

type Answer = { chainId: number | null; at: number };

/** `now` is the caller's clock (the tests move it), kept with the answer. */
async function chainIdOf(url: string, fetchImpl: FetchLike, now: number): Promise<number | null> {
  const answer = await serverCache<Answer>().get(`chain-id|${url}`, async () => ({ chainId: await askChainId(url, fetchImpl), at: now }), {
    isFresh: (_m, a) => now - a.at < (a.chainId === null ? UNKNOWN_FOR_MS : KNOWN_FOR_MS),
    weigh: () => 100,
  });
  return answer.chainId;
}

/**
 * null when every RPC that answered serves the target's chain; else the sentence for the
 * config-error page (naming the setting and the RPC's position in it) and, for the server's log
 * only, the RPC's URL (which may hold an API key).
 */
export async function rpcChainMismatch(target: PublicTarget, fetchImpl: FetchLike = fetch, now = Date.now()): Promise<{ message: string; detail: string } | null> {
  const ids = await Promise.all(target.rpcUrls.map((url) => chainIdOf(url, fetchImpl, now)));
  const i = ids.findIndex((id) => id !== null && id !== target.chainId);
  if (i < 0) return null;
  const setting = target.name === "devnet" ? "NEXT_PUBLIC_RPC_URLS (or restart the devnet)" : target.name === "arbitrum-one" ? "NEXT_PUBLIC_RPC_URLS / ARBITRUM_ONE_RPC_URLS" : "NEXT_PUBLIC_RPC_URLS / ARBITRUM_SEPOLIA_RPC_URLS";
  return {
    message: `Staking configuration error: RPC number ${i + 1} of the list serves chain ${ids[i]}, but ${target.chainName} is chain ${target.chainId}; check ${setting}.`,
    detail: `the RPC is ${target.rpcUrls[i]}`,
  };
}

export function forgetRpcChainIds(): void {
  serverCache().clear();
}
