import { describe, expect, it } from "vitest";
import { ATOMIC_PER_SESH as SESH } from "./amounts";
import { attentionItems, type AttentionNode } from "./attention";

const NOW = 1_800_000_000;
const ratios = { liquidator: 3n, pool: 17n, recipient: 9_980n };
const node = (n: Partial<AttentionNode>): AttentionNode => ({ id: 1, state: "Running", timer: null, ownStake: 5_000n * SESH, deposit: 25_000n * SESH, ...n });
const cap = { usedThisCycle: 0n, remaining: 1_000n * SESH, cycleEndsAt: BigInt(NOW + 3_600) };
const plan = (claimable: bigint) => ({ claimable, needsUpdate: false, capped: claimable > cap.remaining, payableNow: claimable > cap.remaining ? cap.remaining : claimable, capResetsAt: cap.cycleEndsAt });

describe("what needs a staker's attention", () => {
  it("a decommissioned node: the time left before deregistration and the liquidation's penalty with the staker's part (spec §2.9)", () => {
    const date = `${new Date((NOW + 42 * 120) * 1000).toISOString().slice(0, 16).replace("T", " ")} UTC`;
    const [item] = attentionItems({ nodes: [node({ id: 15, state: "Decommissioned", timer: { label: "Deregistration", atUnixSeconds: NOW + 42 * 120 } })], ratios, claim: null, now: NOW });
    // 25,000 SESH × (3 + 17) / 10,000 = 50 SESH (7.5 + 42.5, spec's derived figures); 5,000 / 25,000 of it = 10 SESH
    expect(item).toEqual({
      kind: "decommissioned",
      nodeId: 15,
      sentence: `Node #15 is decommissioned: it will be deregistered in 1h 24m (${date}) unless it comes back online and proves its uptime. A deregistered node may then be liquidated, which takes 50 SESH of its stake (your part: 10 SESH).`,
    });
  });
  it("an exit that can be completed, and stake unlocking within three days (not later, not someone else's)", () => {
    const items = attentionItems({
      nodes: [
        node({ id: 2, state: "Ready to exit", timer: { label: "Liquidation possible", atUnixSeconds: NOW + 7_200 } }),
        node({ id: 20, state: "Exit requested", timer: { label: "Exit unlocks", atUnixSeconds: NOW + 86_400 } }),
        node({ id: 21, state: "Exit requested", timer: { label: "Exit unlocks", atUnixSeconds: NOW + 10 * 86_400 } }),
        node({ id: 22, state: "Exit requested", ownStake: 0n, timer: { label: "Exit unlocks", atUnixSeconds: NOW + 3_600 } }),
        node({ id: 3, state: "Running" }),
      ],
      ratios,
      claim: null,
      now: NOW,
    });
    expect(items.map((i) => [i.kind, i.nodeId])).toEqual([
      ["exitCompletable", 2],
      ["unlockingSoon", 20],
    ]);
    expect(items[0]!.sentence).toMatch(/^Node #2's exit has unlocked: complete it before anyone may liquidate it, in 2h 0m/);
    expect(items[1]!.sentence).toMatch(/^Your 5,000 SESH in node #20 unlocks in 1d 0h .*: then complete its exit to get it back\.$/);
  });
  it("rewards over the cycle's cap, or within 80 % of it; nothing when far below or nothing to claim", () => {
    const at = (claimable: bigint) => attentionItems({ nodes: [], ratios, claim: { cap, plan: plan(claimable) }, now: NOW });
    expect(at(1_500n * SESH)[0]?.sentence).toMatch(/^The network-wide claim limit leaves 1,000 SESH this cycle, less than your 1,500 SESH: claim 1,000 SESH now/);
    expect(at(800n * SESH)[0]?.kind).toBe("claimCap");
    expect(at(799n * SESH)).toEqual([]);
    expect(at(0n)).toEqual([]);
  });
  it("most costly first", () => {
    const items = attentionItems({
      nodes: [node({ id: 20, state: "Exit requested", timer: { label: "Exit unlocks", atUnixSeconds: NOW + 60 } }), node({ id: 7, state: "Decommissioned", timer: null })],
      ratios: null,
      claim: { cap, plan: plan(2_000n * SESH) },
      now: NOW,
    });
    expect(items.map((i) => i.kind)).toEqual(["decommissioned", "claimCap", "unlockingSoon"]);
    expect(items[0]!.sentence).toBe("Node #7 is decommissioned: it will be deregistered unless it comes back online.");
  });
});
