import type { ReactNode } from "react";

export function ErrorState({ title, error }: { title: string; error: unknown }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="rounded-2xl border border-red-500/40 bg-red-500/10 p-4 text-sm" data-testid="error-state">
      <p className="font-semibold">{title}</p>
      <p className="mt-1 text-muted">{message.split("\n")[0]}</p>
    </div>
  );
}

/** A loading line in a box tall enough for the content it waits for, so nothing jumps when it lands. */
export function Loading({ label, minHeight = "min-h-[32rem]" }: { label: string; minHeight?: string }) {
  return (
    <div className={minHeight}>
      <p role="status" aria-live="polite" className="animate-pulse text-sm text-muted">
        {label}
      </p>
    </div>
  );
}

/** A figure; `exact` is the full-precision text (all 9 decimals of an amount), shown on hover. */
export function Stat({ label, value, hint, testId, exact }: { label: string; value: ReactNode; hint?: ReactNode; testId: string; exact?: string }) {
  return (
    <div className="rounded-2xl border border-line bg-card p-4">
      <dt className="text-xs font-medium uppercase tracking-wide text-muted">{label}</dt>
      {/* a figure wraps between number and unit, never inside the number (body breaks long words) */}
      <dd className="mt-1 text-xl font-semibold tabular-nums [overflow-wrap:normal] sm:text-2xl" data-testid={testId} title={exact}>
        {value}
      </dd>
      {hint ? <dd className="mt-1 text-xs text-muted">{hint}</dd> : null}
    </div>
  );
}

/** Staked vs required, as a bar with an accessible value. */
export function ProgressBar({ basisPoints, label }: { basisPoints: number; label: string }) {
  const pct = Math.min(100, Math.max(0, basisPoints / 100));
  return (
    <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.floor(pct)} className="h-2 w-full min-w-16 overflow-hidden rounded-full bg-bg-raised">
      <div className="h-full rounded-full bg-accent" style={{ width: `${pct}%` }} />
    </div>
  );
}
