import type { NodeTimer } from "@/lib/staking/node-state";
import { formatDuration, formatUtc, secondsUntil } from "@/lib/staking/timing";

export function NodeTimerText({ timer, now }: { timer: NodeTimer | null; now: number }) {
  if (!timer) return <span className="text-muted">—</span>;
  const left = secondsUntil(timer.atUnixSeconds, now);
  return (
    <span title={formatUtc(timer.atUnixSeconds)} data-testid="node-timer">
      {timer.label}: {left > 0 ? `in ${formatDuration(left)}` : "now"}
      <span className="block text-xs text-muted">{formatUtc(timer.atUnixSeconds)}</span>
    </span>
  );
}
