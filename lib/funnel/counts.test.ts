import { describe, expect, it } from "vitest";
import { countRowSchema, daysBefore, sumByKey, utcDay, type CountRow } from "./counts";
import { reportWindow } from "./report-window";

describe("aggregation", () => {
  it("keeps only the UTC day of an instant", () => {
    expect(utcDay(new Date("2025-06-01T23:59:59-02:00"))).toBe("2025-06-02");
    expect(utcDay(new Date("2025-06-01T00:00:00Z"))).toBe("2025-06-01");
  });

  it("counts days back across months, years and leap days", () => {
    expect(daysBefore("2025-03-01", 1)).toBe("2025-02-28");
    expect(daysBefore("2024-03-01", 1)).toBe("2024-02-29");
    expect(daysBefore("2025-01-05", 10)).toBe("2024-12-26");
  });

  it("--days 30 is today and the 29 days before it", () => {
    expect(reportWindow(30, new Date("2025-06-30T15:00:00Z"))).toEqual({ sinceDay: "2025-06-01", untilDay: "2025-06-30" });
    expect(reportWindow(1, new Date("2025-06-30T15:00:00Z"))).toEqual({ sinceDay: "2025-06-30", untilDay: "2025-06-30" });
  });

  it("sums rows that share the chosen keys, whatever their other columns", () => {
    const rows: CountRow[] = [
      { day: "2025-06-01", step: "landing", path: "/", cta: "", count: 2 },
      { day: "2025-06-02", step: "landing", path: "/", cta: "a", count: 3 },
      { day: "2025-06-02", step: "explainer", path: "/staking", cta: "a", count: 4 },
    ];
    expect(sumByKey(rows, ["step"])).toEqual([
      { step: "landing", count: 5 },
      { step: "explainer", count: 4 },
    ]);
    expect(sumByKey(rows, ["cta", "step"])).toEqual([
      { cta: "", step: "landing", count: 2 },
      { cta: "a", step: "landing", count: 3 },
      { cta: "a", step: "explainer", count: 4 },
    ]);
  });

  it("checks what the database returns (PostgreSQL's bigint arrives as text)", () => {
    expect(countRowSchema.parse({ day: "2025-06-01", step: "landing", path: "/", cta: "", count: "12" }).count).toBe(12);
    expect(countRowSchema.safeParse({ day: "2025-06-01", step: "visit", path: "/", cta: "", count: 1 }).success).toBe(false);
    expect(countRowSchema.safeParse({ day: "2025-06-01", step: "landing", path: "/", cta: "", count: 0 }).success).toBe(false);
  });
});
