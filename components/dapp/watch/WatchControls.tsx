"use client";

import Link from "next/link";
import { changesSince, isWatched, lastSeen, markSeen, parseWatchlist, unwatch, watch, WATCHLIST_MAX, type WatchSnapshot } from "@/lib/staking/watchlist";
import { ActionButton as Button } from "../ui/ActionButton";
import { readWatchlist, saveWatchlist, useWatchlistText } from "./watch-store";

const ATTENTION_LABELS: Record<string, string> = {
  decommissioned: "a decommissioned node",
  exitCompletable: "an exit to complete",
  claimCap: "rewards at the claim cap",
  unlockingSoon: "stake unlocking soon",
};

/**
 * On an address's overview: watch it or stop, and, for a watched address, what changed since the
 * overview was last marked as seen (in-page, nothing leaves the browser).
 */
export function WatchControls({ address, snapshot }: { address: string; snapshot: WatchSnapshot }) {
  const text = useWatchlistText();
  if (text === null) return <div className="min-h-11" />; // the server and the hydrating client: nothing known yet
  const list = parseWatchlist(text);
  const watched = isWatched(list, address);
  const before = watched ? lastSeen(list, address) : null;
  const changes = before ? changesSince(before, snapshot, (k) => ATTENTION_LABELS[k] ?? k) : [];
  const full = !watched && list.addresses.length >= WATCHLIST_MAX;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <Button variant="secondary" disabled={full} onClick={() => saveWatchlist(watched ? unwatch(readWatchlist(), address) : watch(readWatchlist(), address, snapshot))} data-testid="watch-toggle" aria-pressed={watched}>
          {watched ? "Stop watching" : "Watch this address"}
        </Button>
        <span className="text-muted">
          {full ? `The watchlist holds ${WATCHLIST_MAX} addresses at most. ` : null}
          Kept in this browser only.{" "}
          <Link href="/watchlist" className="text-accent-fg underline" prefetch={false}>
            Your watchlist ({list.addresses.length})
          </Link>
        </span>
      </div>
      {changes.length > 0 ? (
        <div role="status" className="rounded-xl border border-accent/50 bg-accent/5 p-3 text-sm" data-testid="watch-changes">
          <p className="font-semibold">Since you last looked</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {changes.map((c) => (
              <li key={c} className="sensitive">
                {c}
              </li>
            ))}
          </ul>
          <Button variant="secondary" className="mt-2" onClick={() => saveWatchlist(markSeen(readWatchlist(), address, snapshot))} data-testid="watch-seen">
            Mark as seen
          </Button>
        </div>
      ) : null}
    </div>
  );
}
