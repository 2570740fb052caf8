import type { HardFork } from "@/lib/staking/node-software";
import { describeMinimumVersions } from "@/lib/staking/node-software";
import { formatUtc } from "@/lib/staking/timing";

/**
 * A coming hard fork, configured (HARD_FORK_AT and its versions: the backend does not announce
 * forks reliably, spec §5.7), on every dApp page until it has passed (lib/config's comingHardFork).
 * Rendered on the server.
 */
export function HardForkBanner({ fork: next }: { fork: HardFork | null }) {
  if (!next) return null;
  return (
    <div role="region" aria-label="Coming hard fork" className="border-b border-amber-500/50 bg-amber-500/10 px-4 py-2 text-center text-sm" data-testid="hard-fork-banner">
      <strong>Hard fork{next.version ? ` ${next.version}` : ""} on {formatUtc(next.atUnixSeconds)}.</strong> Node operators must run {describeMinimumVersions(next.minimum)} or newer by then; nodes that do not will be decommissioned.
    </div>
  );
}
