import type { Metadata } from "next";
import { WatchlistView } from "@/components/dapp/watch/WatchlistView";

export const metadata: Metadata = { title: "Watchlist", robots: { index: false } };

/**
 * The addresses this browser watches. The server never learns them (the list lives in
 * localStorage): it renders the frame, the browser fills in the list.
 */
export default function WatchlistPage() {
  return (
    <>
      <h1 className="text-3xl font-bold">Watchlist</h1>
      <p className="mt-2 max-w-2xl text-muted">Addresses you follow, kept in this browser only: no account, nothing sent to a server. Each opens its overview, with what needs attention and what changed since you last looked.</p>
      <div className="mt-8">
        <WatchlistView />
      </div>
    </>
  );
}
