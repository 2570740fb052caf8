import { describe, expect, it } from "vitest";
import type { NodeState } from "./node-state";
import { NODES_PAGE_SIZE, parseRegistryQuery, registryHref, registryPage, type RegistryEntry } from "./node-registry";

const STATES: NodeState[] = ["Running", "Decommissioned", "Exit requested", "Exited"];

function entry(id: number): RegistryEntry {
  return {
    state: STATES[id % STATES.length] ?? "Unknown",
    stake: {
      contract_id: id,
      operator_fee: 50_000,
      operator_address: `0x${id.toString(16).padStart(40, "0")}`,
      service_node_pubkey: id.toString(16).padStart(64, "a"),
      contributors: [{ address: `0x${(id + 10_000).toString(16).padStart(40, "0")}` }],
      active: true,
      exit_type: null,
      deregistration_height: null,
      requested_unlock_height: 0,
      earned_downtime_blocks: 0,
      registration_height: 1,
      liquidation_height: null,
      events: [],
    },
  };
}

const all = Array.from({ length: 2_000 }, (_, i) => entry(i + 1));

describe("registryPage", () => {
  it("returns 50 rows of 2,000, decommissioned nodes first", () => {
    const p = registryPage(all, parseRegistryQuery({}));
    expect(p.rows).toHaveLength(NODES_PAGE_SIZE);
    expect(p.pages).toBe(40);
    expect(p.total).toBe(2_000);
    expect(p.rows.every((r) => r.state === "Decommissioned")).toBe(true);
    expect(p.counts).toEqual([
      { state: "Running", count: 500 },
      { state: "Exit requested", count: 500 },
      { state: "Decommissioned", count: 500 },
      { state: "Exited", count: 500 },
    ]);
  });

  it("page 40 holds the last 50 nodes; a page past the end is clamped to the last", () => {
    expect(registryPage(all, parseRegistryQuery({ page: "40" })).rows.every((r) => r.state === "Exited")).toBe(true);
    const past = registryPage(all, parseRegistryQuery({ page: "99" }));
    expect(past.page).toBe(40);
    expect(past.rows).toHaveLength(50);
  });

  it("filters by state and by id, operator or contributor text", () => {
    const running = registryPage(all, parseRegistryQuery({ state: "Running" }));
    expect(running.matched).toBe(500);
    expect(running.pages).toBe(10);
    expect(running.rows.every((r) => r.state === "Running")).toBe(true);
    expect(registryPage(all, parseRegistryQuery({ q: "#17" })).rows.map((r) => r.stake.contract_id)).toEqual([17]);
    expect(registryPage(all, parseRegistryQuery({ q: (all[41]?.stake.contributors[0]?.address ?? "").toUpperCase() })).rows.map((r) => r.stake.contract_id)).toEqual([42]);
  });
});

describe("parseRegistryQuery / registryHref", () => {
  it("ignores nonsense and round-trips a real query", () => {
    expect(parseRegistryQuery({ page: "-3", state: "Sleeping", q: ["  x  ", "y"] })).toEqual({ page: 1, state: "all", q: "x" });
    expect(registryHref({ page: 1, state: "all", q: "" })).toBe("/nodes");
    expect(registryHref({ page: 3, state: "Exit requested", q: "0xab" })).toBe("/nodes?state=Exit+requested&q=0xab&page=3");
  });
});
