import { sumByKey, type CountRow } from "./counts";
import type { FunnelStep } from "./steps";

/**
 * The funnel report's maths, pure: stored counts in, counts and conversions out, overall, per CTA
 * and per page path. No visitor is followed from step to step (nothing could link them); a
 * conversion is the ratio of two counts over the same days.
 *
 * "Conversion from the step before" is a step's count divided by the count of the nearest earlier
 * step of the funnel that was counted in the same segment:
 *   landing -> explainer -> stake_page -> wallet_connected -> stake_submitted -> stake_confirmed,
 *   with claim_confirmed and register_confirmed after wallet_connected (they are not stakes).
 * A segment may skip a step (a CTA that links straight to /stake has no explainer views), so the
 * nearest counted one is used. Per CTA, the click comes before every step it led to; per path, a
 * CTA click follows the page view of that path. Overall, cta_click has no step before it (clicks
 * happen on many pages: see per CTA and per path).
 */

export type StepLine = {
  step: FunnelStep;
  count: number;
  /** The step the conversion is measured against; null when none before it was counted. */
  before: FunnelStep | null;
  /** count / count(before), e.g. 0.4; null without a `before`. */
  conversion: number | null;
};

export type SegmentKind = "overall" | "cta" | "path";

export type FunnelReport = {
  sinceDay: string;
  untilDay: string;
  overall: StepLine[];
  /** One entry per CTA id that was clicked or led to a step, most clicked first. */
  byCta: { cta: string; steps: StepLine[] }[];
  /** One entry per page path with any count, busiest first. */
  byPath: { path: string; steps: StepLine[] }[];
};

const STAKING_CHAIN: readonly FunnelStep[] = ["stake_submitted", "wallet_connected", "stake_page", "explainer", "landing"];
const AFTER_CONNECT: readonly FunnelStep[] = ["wallet_connected", "stake_page", "explainer", "landing"];

/** Earlier steps of each step, nearest first, before any segment adds its own. */
const EARLIER: Record<FunnelStep, readonly FunnelStep[]> = {
  landing: [],
  explainer: ["landing"],
  stake_page: ["explainer", "landing"],
  wallet_connected: ["stake_page", "explainer", "landing"],
  stake_submitted: AFTER_CONNECT,
  stake_confirmed: STAKING_CHAIN,
  claim_confirmed: AFTER_CONNECT,
  register_confirmed: AFTER_CONNECT,
  cta_click: [],
};

const FUNNEL_ORDER: readonly FunnelStep[] = ["landing", "explainer", "stake_page", "wallet_connected", "stake_submitted", "stake_confirmed", "claim_confirmed", "register_confirmed"];

/** The steps a segment lists, in order, and where its cta_click sits. */
const ORDER: Record<SegmentKind, readonly FunnelStep[]> = {
  overall: [...FUNNEL_ORDER, "cta_click"],
  cta: ["cta_click", ...FUNNEL_ORDER],
  path: ["landing", "explainer", "cta_click", ...FUNNEL_ORDER.slice(2)],
};

function earlierSteps(step: FunnelStep, kind: SegmentKind): readonly FunnelStep[] {
  if (kind === "cta") return step === "cta_click" ? [] : [...EARLIER[step], "cta_click"];
  if (kind === "path" && step === "cta_click") return ["explainer", "landing"];
  return EARLIER[step];
}

/** Step lines of one segment from its per-step totals (steps without a count are listed with 0). */
export function segmentLines(totals: ReadonlyMap<FunnelStep, number>, kind: SegmentKind): StepLine[] {
  return ORDER[kind].map((step) => {
    const count = totals.get(step) ?? 0;
    const before = earlierSteps(step, kind).find((s) => (totals.get(s) ?? 0) > 0) ?? null;
    return { step, count, before, conversion: before ? count / totals.get(before)! : null };
  });
}

function totalsByStep(rows: readonly CountRow[]): Map<FunnelStep, number> {
  return new Map(sumByKey(rows, ["step"]).map((r) => [r.step, r.count]));
}

function groupBy<K extends "cta" | "path">(rows: readonly CountRow[], key: K): Map<string, CountRow[]> {
  const groups = new Map<string, CountRow[]>();
  for (const row of rows) {
    const group = groups.get(row[key]);
    if (group) group.push(row);
    else groups.set(row[key], [row]);
  }
  return groups;
}

const total = (lines: readonly StepLine[]) => lines.reduce((s, l) => s + l.count, 0);
const countOf = (lines: readonly StepLine[], step: FunnelStep) => lines.find((l) => l.step === step)?.count ?? 0;

/** The report over the rows of [sinceDay, untilDay] (rows outside the window are ignored). */
export function buildFunnelReport(rows: readonly CountRow[], window: { sinceDay: string; untilDay: string }): FunnelReport {
  const inWindow = rows.filter((r) => r.day >= window.sinceDay && r.day <= window.untilDay);
  const byCta = [...groupBy(inWindow.filter((r) => r.cta !== ""), "cta")]
    .map(([cta, group]) => ({ cta, steps: segmentLines(totalsByStep(group), "cta") }))
    .sort((a, b) => countOf(b.steps, "cta_click") - countOf(a.steps, "cta_click") || a.cta.localeCompare(b.cta));
  const byPath = [...groupBy(inWindow, "path")]
    .map(([path, group]) => ({ path, steps: segmentLines(totalsByStep(group), "path") }))
    .sort((a, b) => total(b.steps) - total(a.steps) || a.path.localeCompare(b.path));
  return { ...window, overall: segmentLines(totalsByStep(inWindow), "overall"), byCta, byPath };
}
