/**
 * SESH's USD price from the price service (spec §5.6: the "Network API", a server apart from the
 * staking backend). Its servers disagree on the shape: `/prices/<token>/<period>` lists points newest
 * first whose time is `updated_at` in the servers read and `t` in the portal's schema, so either is
 * accepted; `/price/<token>` answers one point as `{ price: { usd, t_price } }`. The list is asked
 * first, the single point when the list fails; an empty list means the service has no price yet.
 * Server-side only in practice (lib/server-cache/price-read.ts), plain fetch so it is testable.
 */
import { z } from "zod";
import { withDeadline } from "@/lib/async/deadline";
import { readTextWithin } from "@/lib/http/read-within";
import { seshPrice, type SeshPrice } from "@/lib/staking/usd";

const finite = z.number().finite();

const pricePointSchema = z
  .object({ price: finite.nonnegative(), t: finite.optional(), updated_at: finite.optional() })
  .refine((p) => p.t !== undefined || p.updated_at !== undefined, { error: "a price point needs t or updated_at" })
  .transform((p) => ({ usd: p.price, at: p.updated_at ?? p.t ?? 0 }));

export const pricesAnswerSchema = z.object({ prices: z.array(pricePointSchema) });

export const priceAnswerSchema = z.object({ price: z.object({ usd: finite.nonnegative(), t_price: finite }) });

/** The newest point of a `/prices` answer, whatever order it came in (null: the service has none). */
export function newestPrice(answer: z.infer<typeof pricesAnswerSchema>): SeshPrice | null {
  const newest = answer.prices.reduce<{ usd: number; at: number } | null>((best, p) => (best === null || p.at > best.at ? p : best), null);
  return newest ? seshPrice(newest.usd, newest.at) : null;
}

type FetchLike = (input: string, init?: { headers?: Record<string, string>; redirect?: "manual"; signal?: AbortSignal }) => Promise<Response>;

/** A price answer is a few kilobytes; anything much larger is not one. */
const MAX_PRICE_ANSWER_BYTES = 256 * 1024;

async function getJson(url: string, fetchImpl: FetchLike, timeoutMs: number): Promise<unknown> {
  return withDeadline(
    timeoutMs,
    async (signal) => {
      const r = await fetchImpl(url, { headers: { accept: "application/json" }, redirect: "manual", signal });
      const text = await readTextWithin(r, MAX_PRICE_ANSWER_BYTES);
      if (!r.ok || text === null) throw new Error(`The price service answered ${r.status}${text === null ? " with too much" : ""}.`);
      return JSON.parse(text) as unknown;
    },
    { what: "The price service" },
  );
}

/**
 * The newest USD price of `token` at `baseUrl`, or null when the service has none. Throws when
 * neither endpoint gives a readable answer (the caller shows no price either way, but logs it).
 */
export async function fetchSeshPrice(baseUrl: string, token: string, options: { fetchImpl?: FetchLike; timeoutMs?: number } = {}): Promise<SeshPrice | null> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const timeoutMs = options.timeoutMs ?? 3_000;
  const base = baseUrl.replace(/\/+$/, "");
  const id = encodeURIComponent(token);
  try {
    return newestPrice(pricesAnswerSchema.parse(await getJson(`${base}/prices/${id}/1d`, fetchImpl, timeoutMs)));
  } catch (listError) {
    try {
      const one = priceAnswerSchema.parse(await getJson(`${base}/price/${id}`, fetchImpl, timeoutMs));
      return seshPrice(one.price.usd, one.price.t_price);
    } catch {
      throw listError;
    }
  }
}
