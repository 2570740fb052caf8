/**
 * What needs a staker's attention, for the top of their overview, most costly first: a node
 * decommissioned (the time left before the network deregisters it, and what a liquidation would
 * then take, spec §2.9), an exit that can now be completed, rewards at or near the network-wide
 * claim cap of this cycle, stake that unlocks soon. Pure: the page gives its nodes' states and
 * timers (node-state.ts), the contract's liquidation ratios and the claim view (rewards.ts).
 */
import { formatSesh } from "./amounts";
import { liquidationSplit, penaltyShare, type LiquidationRatios } from "./exit";
import type { NodeState, NodeTimer } from "./node-state";
import type { ClaimView } from "./rewards";
import { formatDuration, formatUtc } from "./timing";

export type AttentionKind = "decommissioned" | "exitCompletable" | "claimCap" | "unlockingSoon";
export type AttentionItem = { kind: AttentionKind; nodeId: number | null; sentence: string };

export type AttentionNode = {
  id: number;
  state: NodeState;
  timer: NodeTimer | null;
  /** the staker's own stake in it (0 when only the rewards go to them) */
  ownStake: bigint;
  /** the node's whole stake */
  deposit: bigint;
};

export type AttentionInput = {
  nodes: readonly AttentionNode[];
  ratios: LiquidationRatios | null;
  claim: Pick<ClaimView, "cap" | "plan"> | null;
  /** the network's clock, unix seconds */
  now: number;
  /** a stake unlocking within this is "soon" (default 3 days) */
  soonSeconds?: number;
};

/** Claimable rewards at or above this share of what the cycle still allows are "near" the cap. */
const NEAR_CAP_PERCENT = 80n;
const ORDER: readonly AttentionKind[] = ["decommissioned", "exitCompletable", "claimCap", "unlockingSoon"];
const sesh = (atomic: bigint) => `${formatSesh(atomic)} SESH`;
const when = (at: number, now: number) => `in ${formatDuration(at - now)} (${formatUtc(at)})`;

function penaltyText(n: AttentionNode, ratios: LiquidationRatios | null): string {
  if (!ratios) return "";
  const { penalty } = liquidationSplit(n.deposit, ratios);
  if (penalty === 0n) return "";
  const yours = n.ownStake > 0n ? ` (your part: ${sesh(penaltyShare(penalty, n.ownStake, n.deposit))})` : "";
  return ` A deregistered node may then be liquidated, which takes ${sesh(penalty)} of its stake${yours}.`;
}

export function attentionItems({ nodes, ratios, claim, now, soonSeconds = 3 * 86_400 }: AttentionInput): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const n of nodes) {
    const at = n.timer?.atUnixSeconds ?? null;
    if (n.state === "Decommissioned") {
      const left = at !== null ? `it will be deregistered ${when(at, now)} unless it comes back online and proves its uptime` : "it will be deregistered unless it comes back online";
      items.push({ kind: "decommissioned", nodeId: n.id, sentence: `Node #${n.id} is decommissioned: ${left}.${penaltyText(n, ratios)}` });
    } else if (n.state === "Ready to exit" && n.ownStake > 0n) {
      const deadline = at !== null && at > now ? ` before anyone may liquidate it, ${when(at, now)}` : "; anyone may now liquidate it";
      items.push({ kind: "exitCompletable", nodeId: n.id, sentence: `Node #${n.id}'s exit has unlocked: complete it${deadline}.` });
    } else if ((n.state === "Exit requested" || n.state === "Deregistered") && at !== null && at > now && at - now <= soonSeconds && n.ownStake > 0n) {
      const then = n.state === "Exit requested" ? "then complete its exit to get it back" : "it then comes back through the claim";
      items.push({ kind: "unlockingSoon", nodeId: n.id, sentence: `Your ${sesh(n.ownStake)} in node #${n.id} unlocks ${when(at, now)}: ${then}.` });
    }
  }
  if (claim && claim.plan.claimable > 0n) {
    const { plan, cap } = claim;
    const resets = formatUtc(Number(cap.cycleEndsAt));
    if (plan.capped) {
      items.push({ kind: "claimCap", nodeId: null, sentence: `The network-wide claim limit leaves ${sesh(cap.remaining)} this cycle, less than your ${sesh(plan.claimable)}: claim ${sesh(plan.payableNow)} now and the rest after it resets at ${resets}.` });
    } else if (plan.claimable * 100n >= cap.remaining * NEAR_CAP_PERCENT) {
      items.push({ kind: "claimCap", nodeId: null, sentence: `Your ${sesh(plan.claimable)} to claim is close to what the network-wide limit still allows this cycle (${sesh(cap.remaining)}, resets at ${resets}): claim soon, or part of it may have to wait.` });
    }
  }
  return items.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}
