"use client";

import { Suspense } from "react";
import { formatUsdPerSesh, usdText, type ShownPrice } from "@/lib/staking/usd";
import { formatUtc } from "@/lib/staking/timing";
import { usePrice } from "../providers/PriceContext";

type Props = {
  /** the SESH amount, atomic; null when the amount itself is unknown */
  atomic: bigint | null;
  testId?: string;
  className?: string;
};

/** What the tooltip says about the price behind a USD figure. */
export function priceTooltip(price: ShownPrice | null): string {
  if (!price) return "No SESH price is available right now.";
  return `1 SESH = ${formatUsdPerSesh(price)}, price of ${formatUtc(price.at)}${price.stale ? " (stale: the price service has not updated it for a while)" : ""}. For reading only: amounts stay in SESH.`;
}

function UsdValue({ atomic, testId, className }: Props) {
  const price = usePrice();
  return (
    <span className={`sensitive tabular-nums ${className ?? ""}`} data-testid={testId} data-usd-at={price?.at} title={priceTooltip(price)}>
      {price && atomic !== null ? `≈ ${usdText(atomic, price)}` : "—"}
      {price?.stale ? (
        <span className="ml-1 rounded bg-amber-500/15 px-1 text-xs font-medium text-amber-800 dark:text-amber-300" data-testid={testId ? `${testId}-stale` : undefined}>
          stale
        </span>
      ) : null}
    </span>
  );
}

/**
 * A SESH amount in US dollars, rounded to the cent, next to the SESH figure (never instead of it):
 * "—" without a price, "stale" beside an old one, the price and its time in the tooltip.
 */
export function Usd(props: Props) {
  return (
    <Suspense fallback={<span className={`tabular-nums text-muted ${props.className ?? ""}`} data-testid={props.testId} aria-busy="true">…</span>}>
      <UsdValue {...props} />
    </Suspense>
  );
}
