import { describe, expect, it } from "vitest";
import { DEFAULT_OPEN_NODES_QUERY, openNodesSearch, parseOpenNodesQuery, sortedBy } from "./open-nodes-query";

describe("/stake's list in its URL", () => {
  it("round-trips every setting, defaults left out", () => {
    const q = { sort: "fee" as const, dir: "desc" as const, q: "0xab", maxFee: 1_000, free: true, affordable: true, all: true, room: 5_000, min: 100, est: 2_500 };
    const search = openNodesSearch(q);
    expect(parseOpenNodesQuery(Object.fromEntries(new URLSearchParams(search)))).toEqual(q);
    expect(openNodesSearch(DEFAULT_OPEN_NODES_QUERY)).toBe("");
  });
  it("anything unknown falls back to the default list", () => {
    expect(parseOpenNodesQuery({ sort: "evil", dir: "sideways", fee: "7", free: "yes", all: ["1", "0"] })).toEqual({ ...DEFAULT_OPEN_NODES_QUERY, all: true });
    expect(parseOpenNodesQuery({ q: `  ${"x".repeat(500)}  ` }).q).toHaveLength(100);
    expect(parseOpenNodesQuery({ room: "4999", min: "-1", est: "1e3" })).toEqual(DEFAULT_OPEN_NODES_QUERY);
    expect(parseOpenNodesQuery({ est: "0" }).est).toBeNull();
    expect(parseOpenNodesQuery({ est: "100000001" }).est).toBeNull();
  });
  it("time open starts with the longest open", () => {
    expect(sortedBy(DEFAULT_OPEN_NODES_QUERY, "opened")).toMatchObject({ sort: "opened", dir: "asc" });
    expect(parseOpenNodesQuery({ sort: "opened" }).dir).toBe("asc");
  });
  it("a header tap flips the same column, or starts another at its natural direction", () => {
    expect(sortedBy(DEFAULT_OPEN_NODES_QUERY, "remaining")).toMatchObject({ sort: "remaining", dir: "asc" });
    expect(sortedBy(DEFAULT_OPEN_NODES_QUERY, "fee")).toMatchObject({ sort: "fee", dir: "asc" });
    expect(sortedBy(DEFAULT_OPEN_NODES_QUERY, "freeSlots")).toMatchObject({ sort: "freeSlots", dir: "desc" });
  });
});
