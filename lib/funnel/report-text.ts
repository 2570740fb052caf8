import type { FunnelReport, StepLine } from "./report";
import { countedLines, formatConversion } from "./report-format";

const STEP_WIDTH = 20;
const COUNT_WIDTH = 9;

function line(l: StepLine, indent: string): string {
  const conversion = formatConversion(l);
  return `${indent}${l.step.padEnd(STEP_WIDTH)}${String(l.count).padStart(COUNT_WIDTH)}${conversion ? `   ${conversion}` : ""}`;
}

function segment(title: string, lines: readonly StepLine[]): string[] {
  const counted = countedLines(lines);
  return [`  ${title}`, ...counted.map((l) => line(l, "    "))];
}

/** The report as `npm run funnel:report` prints it: plain text, one step per line. */
export function formatReportText(report: FunnelReport): string {
  const out = [
    `Funnel from ${report.sinceDay} to ${report.untilDay} (UTC days): counts only, no visitor is identified`,
    "",
    "Overall",
    `    ${"step".padEnd(STEP_WIDTH)}${"count".padStart(COUNT_WIDTH)}   conversion from the step before`,
    ...report.overall.map((l) => line(l, "    ")),
    "",
    "Per CTA (the click, then the steps it led to in the same tab)",
    ...(report.byCta.length ? report.byCta.flatMap((c) => segment(c.cta, c.steps)) : ["  (no CTA clicked)"]),
    "",
    "Per path",
    ...(report.byPath.length ? report.byPath.flatMap((p) => segment(p.path, p.steps)) : ["  (nothing counted)"]),
  ];
  return out.join("\n") + "\n";
}
