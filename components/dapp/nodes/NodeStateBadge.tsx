import type { NodeState } from "@/lib/staking/node-state";
import { cx } from "@/components/ui/cx";

const TONE: Record<NodeState, string> = {
  Running: "border-accent-fg text-accent-fg",
  "Exit requested": "border-amber-700 text-amber-800 dark:border-amber-400 dark:text-amber-300",
  "Ready to exit": "border-amber-700 text-amber-800 dark:border-amber-400 dark:text-amber-300",
  Decommissioned: "border-red-700 text-red-800 dark:border-red-400 dark:text-red-300",
  Deregistered: "border-red-700 text-red-800 dark:border-red-400 dark:text-red-300",
  Exited: "border-line text-muted",
  Unknown: "border-line text-muted",
};

export function NodeStateBadge({ state }: { state: NodeState }) {
  return <span className={cx("inline-flex whitespace-nowrap rounded-full border px-2.5 py-0.5 text-xs font-medium", TONE[state])} data-testid="node-state">{state}</span>;
}
