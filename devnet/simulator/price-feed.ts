/**
 * The devnet's price service (spec §5.6): the "Network API" the real dApp reads SESH's USD price
 * from, played by the simulator on its own port. It answers both shapes found in Session's servers:
 * `GET /price` and `/price/<token>` (`{ price: { usd, usd_market_cap, t_price, t_stale }, t }`, 500
 * when it has no price) and `GET /prices/<token>/<1h|1d|7d|30d>` (newest first; each item carries
 * `updated_at` and also `t`, as the spec's consequence note advises, so clients of either dialect
 * parse it; an empty list when it has no price). Prices are stamped with the wall clock: CoinGecko's
 * time, not the devnet chain's. POST /devnet/price sets the price, its age, or none.
 */
import { HttpError } from "./service";

/** The token ids the feed answers for: the portal's mock build's and CoinGecko's [unconfirmed] (spec §5.6.1). */
export const PRICE_TOKENS = ["session-token", "sesh"] as const;
export const PRICE_PERIODS: Record<string, number> = { "1h": 3_600, "1d": 86_400, "7d": 7 * 86_400, "30d": 30 * 86_400 };
/** The real fetchers poll every 300 to 600 s (spec §5.6.2). */
export const PRICE_POLL_SECONDS = 300;
/** The devnet's starting price, USD per SESH: several decimals, so a rounding error would show in cents. */
export const DEFAULT_DEVNET_PRICE_USD = 0.0437251;
/** Circulating supply used only for the informational market cap. */
const SUPPLY_SESH = 240_000_000;

type PriceState = { usd: number; updatedAt: number } | null;

export class PriceFeed {
  private state: PriceState;

  constructor(
    usd: number | null = DEFAULT_DEVNET_PRICE_USD,
    private readonly nowSeconds: () => number = () => Math.floor(Date.now() / 1000),
  ) {
    this.state = usd === null ? null : { usd, updatedAt: this.nowSeconds() };
  }

  /** A new price, stamped `ageSeconds` ago (a stale one when older than clients allow), or none at all. */
  set(usd: number | null, ageSeconds = 0): { usd: number | null; updated_at: number | null } {
    if (usd !== null && (!Number.isFinite(usd) || usd < 0)) throw new HttpError(400, "usd must be a non-negative number or null.");
    if (!Number.isFinite(ageSeconds) || ageSeconds < 0) throw new HttpError(400, "ageSeconds must be a non-negative number.");
    this.state = usd === null ? null : { usd, updatedAt: this.nowSeconds() - Math.floor(ageSeconds) };
    return { usd: this.state?.usd ?? null, updated_at: this.state?.updatedAt ?? null };
  }

  private token(text: string | undefined): string {
    const token = (text ?? PRICE_TOKENS[0]).toLowerCase();
    if (!(PRICE_TOKENS as readonly string[]).includes(token)) throw new HttpError(404, `Unknown token "${text}".`);
    return token;
  }

  /** `/price` and `/price/<token>`: the newest price, 500 without one (as the staking backend's price app). */
  price(tokenText?: string) {
    this.token(tokenText);
    const s = this.state;
    if (!s) throw new HttpError(500, "No price has been fetched yet.");
    return {
      price: { usd: s.usd, usd_market_cap: s.usd * SUPPLY_SESH, t_price: s.updatedAt, t_stale: s.updatedAt + PRICE_POLL_SECONDS },
      t: this.nowSeconds(),
    };
  }

  /** `/prices/<token>/<period>`: the points of the period, newest first (one poll apart), empty without a price. */
  prices(tokenText: string, period: string) {
    const token = this.token(tokenText);
    const span = PRICE_PERIODS[period];
    if (span === undefined) throw new HttpError(400, `Unknown period "${period}"; use 1h, 1d, 7d or 30d.`);
    const s = this.state;
    const points = s ? Math.min(12, Math.floor(span / PRICE_POLL_SECONDS)) : 0;
    const prices = Array.from({ length: points }, (_, i) => {
      const updatedAt = (s?.updatedAt ?? 0) - i * PRICE_POLL_SECONDS;
      // older points drift a little, so a client that took the oldest instead of the newest would be caught
      const price = (s?.usd ?? 0) * (1 + i / 100);
      return { token, price, market_cap: price * SUPPLY_SESH, updated_at: updatedAt, t: updatedAt };
    });
    return { prices, t: this.nowSeconds() };
  }
}
