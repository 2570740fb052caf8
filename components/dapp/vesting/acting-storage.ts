/**
 * Where the browser keeps the vesting contract a wallet acts as: localStorage per wallet (the
 * memory) and the acting cookie (its mirror for the server): lib/chain/wallet-cookie-names.ts.
 */
import type { Address } from "viem";
import { ACTING_AS_KEY, actingAsCookieValue } from "@/lib/chain/wallet-cookie-names";

const storageKey = (wallet: Address) => `${ACTING_AS_KEY}.${wallet.toLowerCase()}`;

export function rememberedActing(wallet: Address): string | null {
  try {
    return window.localStorage.getItem(storageKey(wallet));
  } catch {
    return null; // storage blocked: the wallet acts, as without a choice
  }
}

/** Remembers (or, with null, forgets) the choice and tells the server through the cookie. */
export function rememberActing(wallet: Address, vesting: Address | null): void {
  try {
    if (vesting) window.localStorage.setItem(storageKey(wallet), vesting);
    else window.localStorage.removeItem(storageKey(wallet));
  } catch {
    // storage blocked: the choice lasts as long as the cookie
  }
  mirrorActing(wallet, vesting);
}

/** The cookie alone, following what localStorage says. */
export function mirrorActing(wallet: Address, vesting: Address | null): void {
  document.cookie = vesting ? `${ACTING_AS_KEY}=${actingAsCookieValue(wallet, vesting)};path=/;samesite=Lax;max-age=31536000` : `${ACTING_AS_KEY}=;path=/;max-age=0`;
}
