import { describe, expect, it } from "vitest";
import { fetchSeshPrice, newestPrice, pricesAnswerSchema } from "./price";

type Answer = { status: number; body: string };

/** A price service answering each path from a table; unknown paths are 404. */
function service(table: Record<string, Answer>) {
  const asked: string[] = [];
  const fetchImpl = async (url: string) => {
    const path = new URL(url).pathname;
    asked.push(path);
    const a = table[path] ?? { status: 404, body: "<h1>Not Found</h1>" };
    return new Response(a.body, { status: a.status, headers: { "content-type": "application/json" } });
  };
  return { fetchImpl, asked };
}

describe("the price service's answers (spec §5.6)", () => {
  it("takes the newest point of /prices, whether its time is updated_at (the servers) or t (the portal's schema)", async () => {
    const withUpdatedAt = JSON.stringify({ prices: [{ token: "session-token", price: 0.0512, market_cap: 1, updated_at: 2_000 }, { price: 0.05, updated_at: 1_700 }], t: 2_010 });
    const { fetchImpl, asked } = service({ "/prices/session-token/1d": { status: 200, body: withUpdatedAt } });
    expect(await fetchSeshPrice("http://p.example/", "session-token", { fetchImpl })).toEqual({ nanoUsdPerSesh: 51_200_000n, at: 2_000 });
    expect(asked).toEqual(["/prices/session-token/1d"]);
    // oldest first and `t` only: still the newest one
    expect(newestPrice(pricesAnswerSchema.parse({ prices: [{ price: 1, t: 10 }, { price: 2.5, t: 30 }, { price: 2, t: 20 }] }))).toEqual({ nanoUsdPerSesh: 2_500_000_000n, at: 30 });
  });

  it("an empty list is no price, not an error", async () => {
    const { fetchImpl } = service({ "/prices/sesh/1d": { status: 200, body: '{"prices":[],"t":5}' } });
    expect(await fetchSeshPrice("http://p.example", "sesh", { fetchImpl })).toBeNull();
  });

  it("falls back to /price/<token> when the list fails, and throws when neither answers", async () => {
    const one = JSON.stringify({ price: { usd: 0.031245, usd_market_cap: 9, t_price: 1_234, t_stale: 1_534 }, t: 1_300 });
    const { fetchImpl, asked } = service({ "/prices/sesh/1d": { status: 500, body: "<h1>oops</h1>" }, "/price/sesh": { status: 200, body: one } });
    expect(await fetchSeshPrice("http://p.example", "sesh", { fetchImpl })).toEqual({ nanoUsdPerSesh: 31_245_000n, at: 1_234 });
    expect(asked).toEqual(["/prices/sesh/1d", "/price/sesh"]);
    await expect(fetchSeshPrice("http://p.example", "sesh", { fetchImpl: service({}).fetchImpl })).rejects.toThrow(/404/);
  });

  it("refuses a point without a time or with a negative price", () => {
    expect(pricesAnswerSchema.safeParse({ prices: [{ price: 1 }] }).success).toBe(false);
    expect(pricesAnswerSchema.safeParse({ prices: [{ price: -1, t: 1 }] }).success).toBe(false);
  });
});
