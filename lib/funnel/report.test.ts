import { describe, expect, it } from "vitest";
import type { CountRow } from "./counts";
import { buildFunnelReport, segmentLines, type StepLine } from "./report";
import type { FunnelStep } from "./steps";

const WINDOW = { sinceDay: "2025-06-01", untilDay: "2025-06-30" };
const row = (step: FunnelStep, count: number, over: Partial<CountRow> = {}): CountRow => ({ day: "2025-06-10", step, path: "/", cta: "", count, ...over });
const pick = (lines: StepLine[], step: FunnelStep) => lines.find((l) => l.step === step)!;

describe("conversion from the step before", () => {
  it("is each step's count over the step before it, in funnel order", () => {
    const lines = segmentLines(new Map<FunnelStep, number>([["landing", 200], ["explainer", 80], ["stake_page", 60], ["wallet_connected", 30], ["stake_submitted", 12], ["stake_confirmed", 9]]), "overall");
    expect(lines.map((l) => [l.step, l.count, l.before, l.conversion])).toEqual([
      ["landing", 200, null, null],
      ["explainer", 80, "landing", 0.4],
      ["stake_page", 60, "explainer", 0.75],
      ["wallet_connected", 30, "stake_page", 0.5],
      ["stake_submitted", 12, "wallet_connected", 0.4],
      ["stake_confirmed", 9, "stake_submitted", 0.75],
      ["claim_confirmed", 0, "wallet_connected", 0],
      ["register_confirmed", 0, "wallet_connected", 0],
      ["cta_click", 0, null, null],
    ]);
  });

  it("claims and registrations are measured against wallet connections, not against stakes", () => {
    const lines = segmentLines(new Map<FunnelStep, number>([["wallet_connected", 40], ["stake_confirmed", 10], ["claim_confirmed", 8], ["register_confirmed", 2]]), "overall");
    expect(pick(lines, "claim_confirmed")).toMatchObject({ before: "wallet_connected", conversion: 0.2 });
    expect(pick(lines, "register_confirmed")).toMatchObject({ before: "wallet_connected", conversion: 0.05 });
  });

  it("skips steps a segment never counted: the nearest counted step before is used", () => {
    // visitors who came straight to /stake (no explainer views in this segment)
    const lines = segmentLines(new Map<FunnelStep, number>([["landing", 50], ["stake_page", 20], ["stake_confirmed", 5]]), "overall");
    expect(pick(lines, "stake_page")).toMatchObject({ before: "landing", conversion: 0.4 });
    expect(pick(lines, "stake_confirmed")).toMatchObject({ before: "stake_page", conversion: 0.25 });
  });

  it("has no conversion when nothing before was counted, and may exceed 100% (steps are counts, not people)", () => {
    const lines = segmentLines(new Map<FunnelStep, number>([["explainer", 10], ["stake_page", 25]]), "overall");
    expect(pick(lines, "explainer")).toMatchObject({ before: null, conversion: null });
    expect(pick(lines, "stake_page").conversion).toBe(2.5);
  });

  it("per CTA, the click comes first and every later step is measured from it when nothing between was counted", () => {
    const lines = segmentLines(new Map<FunnelStep, number>([["cta_click", 40], ["stake_page", 30], ["wallet_connected", 12]]), "cta");
    expect(lines[0]).toEqual({ step: "cta_click", count: 40, before: null, conversion: null });
    expect(pick(lines, "stake_page")).toMatchObject({ before: "cta_click", conversion: 0.75 });
    expect(pick(lines, "wallet_connected")).toMatchObject({ before: "stake_page", conversion: 0.4 });
  });

  it("per path, a CTA click is measured against that page's views", () => {
    const home = segmentLines(new Map<FunnelStep, number>([["landing", 100], ["cta_click", 35]]), "path");
    expect(pick(home, "cta_click")).toMatchObject({ before: "landing", conversion: 0.35 });
    const post = segmentLines(new Map<FunnelStep, number>([["cta_click", 4]]), "path");
    expect(pick(post, "cta_click")).toMatchObject({ before: null, conversion: null });
  });
});

describe("buildFunnelReport", () => {
  const rows: CountRow[] = [
    row("landing", 100),
    row("landing", 20, { day: "2025-06-11" }),
    row("landing", 999, { day: "2025-05-31" }), // before the window
    row("cta_click", 30, { cta: "home-hero-stake" }),
    row("cta_click", 10, { cta: "home-hero-how-staking-works" }),
    row("explainer", 40, { path: "/staking" }),
    row("explainer", 8, { path: "/staking", cta: "home-hero-how-staking-works" }),
    row("stake_page", 35, { path: "/stake" }),
    row("stake_page", 24, { path: "/stake", cta: "home-hero-stake" }),
    row("stake_page", 3, { path: "/stake", cta: "home-hero-how-staking-works" }),
    row("wallet_connected", 12, { path: "/stake", cta: "home-hero-stake" }),
    row("cta_click", 2, { path: "/blog/a-post", cta: "blog-a-post-stake" }),
  ];
  const report = buildFunnelReport(rows, WINDOW);

  it("overall: sums every path and CTA within the window", () => {
    expect(pick(report.overall, "landing").count).toBe(120);
    expect(pick(report.overall, "explainer")).toMatchObject({ count: 48, conversion: 0.4 });
    expect(pick(report.overall, "stake_page")).toMatchObject({ count: 62, before: "explainer" });
    expect(pick(report.overall, "wallet_connected").count).toBe(12);
    expect(pick(report.overall, "cta_click")).toMatchObject({ count: 42, before: null });
  });

  it("per CTA: most clicked first, each with the steps its clicks led to", () => {
    expect(report.byCta.map((c) => c.cta)).toEqual(["home-hero-stake", "home-hero-how-staking-works", "blog-a-post-stake"]);
    const stake = report.byCta[0]!.steps;
    expect(pick(stake, "stake_page")).toMatchObject({ count: 24, before: "cta_click", conversion: 0.8 });
    expect(pick(stake, "wallet_connected")).toMatchObject({ count: 12, conversion: 0.5 });
    const how = report.byCta[1]!.steps;
    expect(pick(how, "explainer")).toMatchObject({ count: 8, before: "cta_click", conversion: 0.8 });
    expect(pick(how, "stake_page")).toMatchObject({ count: 3, before: "explainer", conversion: 0.375 });
  });

  it("per path: busiest first, a page's CTA clicks against its views", () => {
    expect(report.byPath.map((p) => p.path)).toEqual(["/", "/stake", "/staking", "/blog/a-post"]);
    expect(pick(report.byPath[0]!.steps, "cta_click")).toMatchObject({ count: 40, before: "landing", conversion: 40 / 120 });
    expect(pick(report.byPath[1]!.steps, "wallet_connected")).toMatchObject({ count: 12, before: "stake_page", conversion: 12 / 62 });
  });

  it("an empty store gives a report of zeros, with no CTA or path entries", () => {
    const empty = buildFunnelReport([], WINDOW);
    expect(empty.overall.every((l) => l.count === 0 && l.conversion === null)).toBe(true);
    expect(empty.byCta).toEqual([]);
    expect(empty.byPath).toEqual([]);
  });
});
