import type { StepLine } from "./report";

/** "40.0%", or "" when there is no step before. Shared by the text and HTML reports. */
export function formatConversion(line: StepLine): string {
  if (line.conversion === null || line.before === null) return "";
  return `${(line.conversion * 100).toFixed(1)}% of ${line.before}`;
}

/** A segment's lines worth showing: the ones with a count (a segment lists every step, mostly 0). */
export function countedLines(lines: readonly StepLine[]): StepLine[] {
  return lines.filter((l) => l.count > 0);
}
