"use client";

import { createContext, use, useContext } from "react";
import type { ShownPrice } from "@/lib/staking/usd";

/**
 * SESH's USD price for every figure of the page, given by the dApp layout as a promise it does not
 * wait for (lib/server-cache/price-read.ts bounds it): the page streams at once and each USD figure
 * fills in when the price lands (components/dapp/ui/Usd.tsx suspends on it alone).
 */
const PriceContext = createContext<Promise<ShownPrice | null> | null>(null);

export const PriceProvider = PriceContext.Provider;

/** The page's price; null when the service has none (or outside the dApp layout). Suspends until read. */
export function usePrice(): ShownPrice | null {
  const promise = useContext(PriceContext);
  return promise ? use(promise) : null;
}
