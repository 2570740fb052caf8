import { describe, expect, it } from "vitest";
import { compareStakes, deriveNodeState, nodeTimer, type SortableStake, type StakeLike } from "./node-state";
import { timingConstants } from "./timing";

const base: StakeLike = {
  active: true,
  exit_type: null,
  deregistration_height: null,
  requested_unlock_height: 0,
  earned_downtime_blocks: 60,
  registration_height: 1_000,
  liquidation_height: null,
  events: [{ name: "NewServiceNodeV2", block: 10, log_index: 0 }],
};
const withEvents = (...names: string[]) => names.map((name, i) => ({ name, block: 10 + i, log_index: 0 }));

describe("node state (spec §6.1)", () => {
  it("running and decommissioned from the registration event and `active`", () => {
    expect(deriveNodeState(base, 2_000)).toBe("Running");
    expect(deriveNodeState({ ...base, active: false }, 2_000)).toBe("Decommissioned");
    expect(deriveNodeState({ ...base, events: withEvents("NewSeededServiceNode") }, 2_000)).toBe("Running");
  });
  it("exit requested until the unlock height passes, then ready to exit", () => {
    const requested = { ...base, events: withEvents("NewServiceNodeV2", "ServiceNodeExitRequest"), requested_unlock_height: 3_000 };
    expect(deriveNodeState(requested, 2_999)).toBe("Exit requested");
    expect(deriveNodeState(requested, 3_001)).toBe("Ready to exit");
    expect(deriveNodeState({ ...requested, requested_unlock_height: 0 }, 9_999)).toBe("Exit requested");
  });
  it("deregistration wins over everything; exit and liquidation are final", () => {
    expect(deriveNodeState({ ...base, exit_type: "deregister", deregistration_height: 1_500 }, 2_000)).toBe("Deregistered");
    expect(deriveNodeState({ ...base, events: withEvents("NewServiceNodeV2", "ServiceNodeExit") }, 2_000)).toBe("Exited");
    expect(deriveNodeState({ ...base, events: withEvents("NewServiceNodeV2", "ServiceNodeLiquidated") }, 2_000)).toBe("Exited");
  });
  it("looks only at lifecycle events: a newer event it does not know (parsed as \"other\") changes nothing", () => {
    const events = [...withEvents("NewServiceNodeV2", "ServiceNodeExitRequest"), { name: "other", block: 99, log_index: 0 }];
    expect(deriveNodeState({ ...base, events, requested_unlock_height: 3_000 }, 2_000)).toBe("Exit requested");
    expect(deriveNodeState({ ...base, events: [...withEvents("NewServiceNodeV2"), { name: "other", block: 99, log_index: 0 }] }, 2_000)).toBe("Running");
    expect(deriveNodeState({ ...base, events: [{ name: "other", block: 99, log_index: 0 }] }, 2_000)).toBe("Unknown");
  });
  it("orders events by block then log index", () => {
    const events = [
      { name: "ServiceNodeExitRequest", block: 20, log_index: 1 },
      { name: "NewServiceNodeV2", block: 20, log_index: 0 },
      { name: "RewardsClaimed", block: 99, log_index: 0 },
    ];
    expect(deriveNodeState({ ...base, events }, 2_000)).toBe("Exit requested");
  });
  it("unknown without lifecycle events", () => {
    expect(deriveNodeState({ ...base, events: [] }, 2_000)).toBe("Unknown");
  });
  it("the chain corrects a lagging backend", () => {
    expect(deriveNodeState(base, 2_000, { registered: false, leaveRequestTimestamp: 0n })).toBe("Exited");
    expect(deriveNodeState(base, 2_000, { registered: true, leaveRequestTimestamp: 1_700_000_000n })).toBe("Exit requested");
  });
});

describe("node timers (spec §6.1, §6.4)", () => {
  const clock = { blockHeight: 2_000, blockTimestamp: 1_700_000_000 };
  const mainnet = timingConstants("mainnet");
  it("exit unlock date from the requested unlock height at 120 s per block", () => {
    const s = { ...base, requested_unlock_height: 2_100 };
    expect(nodeTimer(s, "Exit requested", clock, clock.blockTimestamp, mainnet)).toEqual({ label: "Exit unlocks", atUnixSeconds: 1_700_012_000 });
  });
  it("deregistration unlock is 30 days after deregistration on mainnet, 2 on testnet", () => {
    const s = { ...base, deregistration_height: 2_000 };
    expect(nodeTimer(s, "Deregistered", clock, 0, mainnet)?.atUnixSeconds).toBe(1_700_000_000 + 30 * 86_400);
    expect(nodeTimer(s, "Deregistered", clock, 0, timingConstants("testnet"))?.atUnixSeconds).toBe(1_700_000_000 + 2 * 86_400);
  });
  it("decommissioned: deregistration after the earned downtime", () => {
    expect(nodeTimer({ ...base, active: false }, "Decommissioned", clock, 1_000, mainnet)).toEqual({ label: "Deregistration", atUnixSeconds: 1_000 + 60 * 120 });
  });
  it("small contributors wait 30 days after registration before requesting an exit", () => {
    const s = { ...base, registration_height: 2_000 };
    const small = { amount: 1_000n, deposit: 25_000n };
    expect(nodeTimer(s, "Running", clock, clock.blockTimestamp, mainnet, small)).toEqual({ label: "Exit request allowed", atUnixSeconds: 1_700_000_000 + 30 * 86_400 });
    expect(nodeTimer(s, "Running", clock, clock.blockTimestamp, mainnet, { amount: 25_000n, deposit: 25_000n })).toBeNull();
  });
});

describe("node sort order", () => {
  const mk = (state: SortableStake["state"], extra: Partial<SortableStake> = {}): SortableStake => ({ ...base, operator_fee: 0, ownStake: 0n, state, ...extra });
  it("decommissioned, exits, running, deregistered, exited", () => {
    const sorted = [mk("Exited"), mk("Running"), mk("Deregistered"), mk("Ready to exit"), mk("Decommissioned")].sort(compareStakes);
    expect(sorted.map((s) => s.state)).toEqual(["Decommissioned", "Ready to exit", "Running", "Deregistered", "Exited"]);
  });
  it("ties by own stake desc then fee asc", () => {
    const sorted = [mk("Running", { ownStake: 1n, operator_fee: 5 }), mk("Running", { ownStake: 9n, operator_fee: 9 }), mk("Running", { ownStake: 1n, operator_fee: 1 })].sort(compareStakes);
    expect(sorted.map((s) => [s.ownStake, s.operator_fee])).toEqual([[9n, 9], [1n, 1], [1n, 5]]);
  });
});
