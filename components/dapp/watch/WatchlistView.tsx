"use client";

import Link from "next/link";
import { parseWatchlist, unwatch } from "@/lib/staking/watchlist";
import { ActionButton as Button } from "../ui/ActionButton";
import { readWatchlist, saveWatchlist, useWatchlistText } from "./watch-store";

/** The watched addresses, each opening its overview (with its attention list and what changed). */
export function WatchlistView() {
  const text = useWatchlistText();
  if (text === null) {
    return (
      <p role="status" className="min-h-24 text-sm text-muted">
        Reading your watchlist…
      </p>
    );
  }
  const { addresses } = parseWatchlist(text);
  if (addresses.length === 0) {
    return (
      <p className="rounded-2xl border border-line bg-card p-6 text-muted" data-testid="watchlist-empty">
        No address watched yet. Open any address (<code>/address/0x…</code>, or a node&apos;s operator or contributor) and choose &ldquo;Watch this address&rdquo;.
      </p>
    );
  }
  return (
    <ul className="space-y-2" data-testid="watchlist">
      {addresses.map((a) => (
        <li key={a} className="flex flex-wrap items-center gap-3 rounded-2xl border border-line p-3" data-testid="watchlist-item" data-address={a}>
          <Link href={`/address/${a}`} className="break-all font-mono text-sm text-accent-fg underline" prefetch={false}>
            {a}
          </Link>
          <Button variant="secondary" className="ml-auto" onClick={() => saveWatchlist(unwatch(readWatchlist(), a))} aria-label={`Stop watching ${a}`}>
            Remove
          </Button>
        </li>
      ))}
    </ul>
  );
}
