import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/Button";

/** The first line of an error's message (viem's errors carry pages of details after it). */
export function errorSentence(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? message;
}

/**
 * What could not be shown and why, in place of the data (never zeros or a made-up state). With
 * `onRetry` it offers to read again; `retrying` says a read is under way.
 */
export function ErrorState({ title, error, onRetry, retrying = false }: { title: string; error: unknown; onRetry?: () => void; retrying?: boolean }) {
  return (
    <div role="alert" className="rounded-2xl border border-red-500/40 bg-red-500/10 p-4 text-sm" data-testid="error-state">
      <p className="font-semibold">{title}</p>
      <p className="mt-1 text-muted">{errorSentence(error)}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry} disabled={retrying} className={buttonClasses("secondary", "lg", "mt-3")} data-testid="error-retry">
          {retrying ? "Retrying…" : "Retry"}
        </button>
      ) : null}
    </div>
  );
}

/** A fault beside data that is still shown: which figures are missing or older, and why. */
export function FaultNotice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="rounded-xl border border-amber-500/40 bg-amber-500/10 px-3 py-2 text-sm" data-testid="fault-notice">
      {children}
    </p>
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
export function Stat({ label, value, hint, testId, exact, usd }: { label: string; value: ReactNode; hint?: ReactNode; testId: string; exact?: string; usd?: ReactNode }) {
  return (
    <div className="rounded-2xl border border-line bg-card p-4">
      <dt className="text-xs font-medium uppercase tracking-wide text-muted">{label}</dt>
      {/* a figure wraps between number and unit, never inside the number (body breaks long words) */}
      <dd className="mt-1 text-xl font-semibold tabular-nums [overflow-wrap:normal] sm:text-2xl" data-testid={testId} title={exact}>
        {value}
      </dd>
      {usd ? <dd className="mt-0.5 text-sm text-muted">{usd}</dd> : null}
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
