import { describe, expect, it } from "vitest";
import { PRICE_POLL_SECONDS, PriceFeed } from "./price-feed";
import { HttpError } from "./service";

describe("the devnet's price service", () => {
  const now = 1_800_000_000;
  it("answers /price and /prices with the same newest price, each point carrying updated_at and t", () => {
    const feed = new PriceFeed(0.5, () => now);
    expect(feed.price("sesh")).toEqual({ price: { usd: 0.5, usd_market_cap: 0.5 * 240_000_000, t_price: now, t_stale: now + PRICE_POLL_SECONDS }, t: now });
    const { prices } = feed.prices("session-token", "1h");
    expect(prices[0]).toMatchObject({ token: "session-token", price: 0.5, updated_at: now, t: now });
    expect(prices.map((p) => p.updated_at)).toEqual([...prices.map((p) => p.updated_at)].sort((a, b) => b - a));
  });
  it("can be set to an old price or to none: then an empty list, and 500 on /price", () => {
    const feed = new PriceFeed(0.5, () => now);
    expect(feed.set(0.25, 7_200)).toEqual({ usd: 0.25, updated_at: now - 7_200 });
    expect(feed.price().price.t_price).toBe(now - 7_200);
    feed.set(null);
    expect(feed.prices("sesh", "7d").prices).toEqual([]);
    expect(() => feed.price()).toThrow(HttpError);
  });
  it("refuses an unknown token (404) or period (400)", () => {
    const feed = new PriceFeed(1, () => now);
    expect(() => feed.prices("ethereum", "1d")).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => feed.prices("sesh", "2d")).toThrow(expect.objectContaining({ status: 400 }));
  });
});
