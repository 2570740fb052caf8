import { describe, expect, it } from "vitest";
import { changesSince, isWatched, lastSeen, markSeen, parseWatchlist, unwatch, watch, WATCHLIST_MAX, type WatchSnapshot } from "./watchlist";

const A = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const B = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const snap = (s: Partial<WatchSnapshot> = {}): WatchSnapshot => ({ nodes: {}, contracts: {}, claimable: "0", attention: [], ...s });

describe("the watchlist, kept in this browser", () => {
  it("adds, finds (any case) and removes addresses, with what was seen", () => {
    let list = parseWatchlist(null);
    list = watch(list, A, snap());
    list = watch(list, A.toLowerCase(), snap({ claimable: "5" }));
    expect(list.addresses).toEqual([A]);
    expect(isWatched(list, A.toLowerCase())).toBe(true);
    list = markSeen(list, A, snap({ claimable: "7" }));
    expect(lastSeen(list, A)?.claimable).toBe("7");
    expect(markSeen(list, B, snap())).toBe(list); // not watched: nothing remembered
    expect(unwatch(list, A)).toEqual({ addresses: [], seen: {} });
  });
  it("reads back what it stored, and treats anything else as an empty list", () => {
    const list = watch(parseWatchlist(null), B, snap({ nodes: { "6": "Running" } }));
    expect(parseWatchlist(JSON.stringify(list))).toEqual(list);
    for (const bad of ["{", "[]", JSON.stringify({ addresses: ["0x12"], seen: {} }), JSON.stringify({ addresses: [A], seen: { x: { nodes: 1 } } })]) expect(parseWatchlist(bad)).toEqual({ addresses: [], seen: {} });
  });
  it("holds at most WATCHLIST_MAX addresses and refuses what is not an address", () => {
    let list = parseWatchlist(null);
    for (let i = 0; i < WATCHLIST_MAX + 3; i++) list = watch(list, `0x${i.toString(16).padStart(40, "0")}`, snap());
    expect(list.addresses).toHaveLength(WATCHLIST_MAX);
    expect(watch(parseWatchlist(null), "vitalik.eth", snap()).addresses).toEqual([]);
  });
  it("says what changed since the last visit: states, new and gone nodes and contracts, claimable, new attention", () => {
    const before = snap({ nodes: { "6": "Running", "9": "Running" }, contracts: {}, claimable: "1000000000", attention: ["claimCap"] });
    const now = snap({ nodes: { "6": "Decommissioned", "12": "Running" }, contracts: { [B]: "Open" }, claimable: "3500000000", attention: ["claimCap", "decommissioned"] });
    expect(changesSince(before, now, (k) => (k === "decommissioned" ? "a decommissioned node" : k))).toEqual([
      "Node #6: Running → Decommissioned.",
      "Node #12 is new here (Running).",
      "Node #9 is no longer listed.",
      "Contribution contract 0x3C44…93BC is new here (Open).",
      "Claimable rose from 1 to 3.5 SESH.",
      "Needs attention now: a decommissioned node.",
    ]);
    expect(changesSince(now, now)).toEqual([]);
  });
});
