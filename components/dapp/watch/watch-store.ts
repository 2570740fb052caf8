"use client";

/**
 * The watchlist's one place in the browser: localStorage (lib/staking/watchlist.ts decides what is
 * in it). Components read it through useSyncExternalStore, so the server's render (which never
 * knows the list) and the first client render agree, and every island on the page follows a change.
 */
import { useSyncExternalStore } from "react";
import { parseWatchlist, WATCHLIST_STORAGE_KEY, type Watchlist } from "@/lib/staking/watchlist";

const CHANGED = "watchlist-changed";

function readText(): string | null {
  try {
    return localStorage.getItem(WATCHLIST_STORAGE_KEY);
  } catch {
    return null; // storage blocked: an empty list
  }
}

function subscribe(onChange: () => void): () => void {
  // another tab ("storage") or this one (CHANGED)
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/** The stored text ("" when none); null on the server and while hydrating. */
export function useWatchlistText(): string | null {
  return useSyncExternalStore(subscribe, () => readText() ?? "", () => null);
}

export function readWatchlist(): Watchlist {
  return parseWatchlist(readText());
}

export function saveWatchlist(list: Watchlist): void {
  try {
    localStorage.setItem(WATCHLIST_STORAGE_KEY, JSON.stringify(list));
  } catch {
    // storage blocked or full: the list lasts for this page only
  }
  window.dispatchEvent(new Event(CHANGED));
}
