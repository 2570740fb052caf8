/**
 * The node software rules the dApp warns by (spec §5.7), from the one env schema: the minimum
 * versions today and the next hard fork, when one is configured. Both are configuration because
 * the backend reports neither reliably [unconfirmed: HF22's minimums are not in the spec's sources].
 */
import { readEnv } from "./env";
import type { HardFork, MinimumVersions } from "@/lib/staking/node-software";

export type SoftwareRules = { minimum: MinimumVersions; fork: HardFork | null };

export function softwareRules(env?: Record<string, string | undefined>): SoftwareRules {
  const e = readEnv(env);
  const fork = e.HARD_FORK_AT !== undefined && e.HARD_FORK_MIN_VERSIONS ? { version: e.HARD_FORK_VERSION ?? 0, atUnixSeconds: e.HARD_FORK_AT, minimum: e.HARD_FORK_MIN_VERSIONS } : null;
  return { minimum: e.NODE_MIN_VERSIONS, fork };
}

/** The configured fork while it is still to come (the banner's), judged by the server's clock. */
export function comingHardFork(rules: SoftwareRules = softwareRules(), nowMs: number = Date.now()): HardFork | null {
  return rules.fork && rules.fork.atUnixSeconds > nowMs / 1000 ? rules.fork : null;
}
