import { softwareWarningLabel, type SoftwareWarning } from "@/lib/staking/node-software";

const TONE = "rounded-lg border border-amber-500/50 bg-amber-500/10 text-amber-900 dark:text-amber-200";

/** A node row's software warning: a short label, its sentences in the tooltip and for screen readers. */
export function SoftwareWarningBadge({ warnings }: { warnings: readonly SoftwareWarning[] }) {
  const label = softwareWarningLabel(warnings);
  if (!label) return null;
  const sentences = warnings.map((w) => w.sentence).join(" ");
  return (
    <span className={`${TONE} mt-1 inline-block px-1.5 py-0.5 text-xs font-medium`} title={sentences} data-testid="software-warning" data-kinds={warnings.map((w) => w.kind).join(" ")}>
      <span aria-hidden="true">⚠ </span>
      {label}
      <span className="sr-only">: {sentences}</span>
    </span>
  );
}

/** A node page's software warnings, one sentence each. */
export function SoftwareWarningList({ warnings, testId = "software-warnings" }: { warnings: readonly SoftwareWarning[]; testId?: string }) {
  if (warnings.length === 0) return null;
  return (
    <div role="status" className={`${TONE} p-3 text-sm`} data-testid={testId}>
      <p className="font-semibold">Node software needs attention</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {warnings.map((w) => (
          <li key={w.kind} data-kind={w.kind}>
            {w.sentence}
          </li>
        ))}
      </ul>
    </div>
  );
}
