/**
 * SESH amounts in US dollars, for reading only (issue: money people understand). Amounts stay exact
 * bigints; the price (spec §5.6: USD per whole SESH, a float in the backend's JSON) is turned once
 * into nano-dollars per SESH and every conversion is integer math, rounded half up to the cent.
 */
import { ATOMIC_PER_SESH } from "./amounts";

/** USD per whole SESH as nano-dollars (10⁻⁹ USD), and when the price was set (unix seconds). */
export type SeshPrice = { nanoUsdPerSesh: bigint; at: number };

const NANO_PER_CENT = 10_000_000n;

/** A price from the backend's float; null for anything that is not a finite, non-negative number. */
export function seshPrice(usdPerSesh: number, atUnixSeconds: number): SeshPrice | null {
  if (!Number.isFinite(usdPerSesh) || usdPerSesh < 0 || !Number.isFinite(atUnixSeconds)) return null;
  // toFixed(9) is the float's decimal text to the nano-dollar; no float arithmetic after this
  const [whole = "0", fraction = ""] = usdPerSesh.toFixed(9).split(".");
  return { nanoUsdPerSesh: BigInt(whole) * 1_000_000_000n + BigInt(fraction.padEnd(9, "0")), at: Math.trunc(atUnixSeconds) };
}

/** The value of `atomic` SESH in whole cents, rounded half up. */
export function usdCents(atomic: bigint, price: SeshPrice): bigint {
  const denominator = ATOMIC_PER_SESH * NANO_PER_CENT;
  const negative = atomic < 0n;
  const n = (negative ? -atomic : atomic) * price.nanoUsdPerSesh;
  const cents = (n + denominator / 2n) / denominator;
  return negative ? -cents : cents;
}

/** Cents as text: "$1,234.56". */
export function formatUsdCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const dollars = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "−" : ""}$${dollars}.${(abs % 100n).toString().padStart(2, "0")}`;
}

/** The price of one SESH as text, to the hundredth of a cent at least and 6 decimals at most: "$0.043725". */
export function formatUsdPerSesh(price: SeshPrice): string {
  const micro = (price.nanoUsdPerSesh + 500n) / 1_000n; // micro-dollars, rounded half up
  const dollars = (micro / 1_000_000n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const fraction = (micro % 1_000_000n).toString().padStart(6, "0").replace(/0+$/, "").padEnd(4, "0");
  return `$${dollars}.${fraction}`;
}

/** What a page writes next to a SESH amount: the dollars, or "—" when there is no price. */
export function usdText(atomic: bigint | null, price: SeshPrice | null): string {
  return atomic === null || price === null ? "—" : formatUsdCents(usdCents(atomic, price));
}

/** A price as a page shows it: judged stale once, on the server, so the browser's render matches. */
export type ShownPrice = SeshPrice & { stale: boolean };

/** A price older than this is labelled stale [unconfirmed: the backends poll every 300 to 600 s]. */
export const PRICE_STALE_AFTER_SECONDS = 30 * 60;

export function isPriceStale(price: SeshPrice, nowUnixSeconds: number, staleAfter = PRICE_STALE_AFTER_SECONDS): boolean {
  return nowUnixSeconds - price.at > staleAfter;
}
