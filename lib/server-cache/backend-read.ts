/**
 * Staking backend reads on the server, through the one cache: keyed by backend and path, reused
 * for BACKEND_CACHE_MS, one request in flight per key. An answer that says which Arbitrum block the
 * network had witnessed (network.l2_height) and is behind the chain's head is read again sooner
 * (settings.behindRetryMs): on the devnet, whose simulator witnesses within half a second, a write
 * shows on the next page as it did without a cache. The head is polled first if the last poll is
 * old (a server idle for a while knows an old head, against which a stale answer looks current),
 * but waited for HEAD_WAIT_MS at most: the backend's pages keep working while the RPC is down.
 */
import "server-only";
import type { ServerTarget } from "@/lib/chain/targets";
import { currentRequestId } from "@/lib/log/current-request-id";
import { logUpstreamFailure } from "@/lib/log/logger";
import { chainHead, lastChainHead } from "./chain-head";
import { serverCacheSettings } from "./settings";
import { loggedLoad, serverCache } from "./store";

/**
 * `load` cached under `path` of the target's backend. `witnessed` gives the answer's
 * network.l2_height when it has one; `weigh` its size in bytes.
 */
/** How long a backend read waits for a due head poll before it judges its answer against the last head known. */
const HEAD_WAIT_MS = 500;

async function headWithin(target: ServerTarget, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((r) => (timer = setTimeout(() => r(null), ms)));
  const head = await Promise.race([chainHead(target.public).catch(() => null), late]);
  clearTimeout(timer);
  return head ?? lastChainHead(target.public);
}

export async function cachedBackendRead<V>(
  target: ServerTarget,
  path: string,
  load: () => Promise<V>,
  options: {
    witnessed?: (value: V) => number | undefined;
    /** a shorter freshness for an answer that says something is about to change (the network still reading a contract) */
    freshForMs?: (value: V) => number | undefined;
    weigh?: (value: V) => number;
    logged?: boolean;
  } = {},
): Promise<V> {
  const s = serverCacheSettings(target.public.name);
  const head = options.witnessed ? await headWithin(target, HEAD_WAIT_MS) : null;
  return serverCache<V>().get(`backend|${target.backendUrl}|${path}`, options.logged === false ? load : loggedLoad("backend", path, load), {
    isFresh: (m, value, now) => {
      const age = now - m.loadedAt;
      if (age >= Math.min(s.backendCacheMs, options.freshForMs?.(value) ?? Number.POSITIVE_INFINITY)) return false;
      const l2 = options.witnessed?.(value);
      const behind = head !== null && l2 !== undefined && l2 > 0 && BigInt(l2) < head.number;
      return !behind || age < s.behindRetryMs;
    },
    maxStaleAgeMs: s.maxStaleAgeMs,
    errorMs: s.errorMs,
    weigh: options.weigh,
  });
}

/** network.l2_height out of a backend answer's text, without parsing the whole (mainnet's /nodes is megabytes). */
export function witnessedInText(text: string): number | undefined {
  const m = /"l2_height"\s*:\s*(\d+)/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** A backend answer passed on as text by the /api/backend proxy. */
export type TextAnswer = { status: number; body: string };

class NotOk extends Error {
  constructor(readonly answer: TextAnswer) {
    super(`HTTP ${answer.status}`);
  }
}

/**
 * The proxy's GET answers through the cache: a 2xx answer is shared like any backend read; any
 * other (the backend's error, our 502 or 504) is remembered as a failure, for settings.errorMs
 * only, so an outage costs the backend one request per key per errorMs and never stands for data.
 */
export async function cachedTextAnswer(target: ServerTarget, path: string, ask: () => Promise<TextAnswer>): Promise<TextAnswer> {
  try {
    return await cachedBackendRead(
      target,
      `text:${path}`,
      async () => {
        const answer = await ask();
        if (answer.status < 200 || answer.status > 299) {
          // a 4xx is the backend's answer about the request (no such address, nothing to sign yet), not its failure
          if (answer.status >= 500) logUpstreamFailure({ upstream: "backend", read: path.replace(/0x[0-9a-fA-F]{40}|[0-9a-f]{64}/g, "…"), error: new Error(`HTTP ${answer.status}`), requestId: await currentRequestId() });
          throw new NotOk(answer);
        }
        return answer;
      },
      { witnessed: (a) => witnessedInText(a.body), weigh: (a) => 256 + a.body.length, logged: false },
    );
  } catch (e) {
    if (e instanceof NotOk) return e.answer;
    throw e;
  }
}
