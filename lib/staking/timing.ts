/**
 * Session-chain heights to wall-clock dates, and the timing constants of spec §6.4. Pure: callers
 * pass "now" and the network's latest block, so results are testable and consistent on a page.
 */
export const APPCHAIN_BLOCK_SECONDS = 120;
export const DAY_SECONDS = 86_400;

export type NetworkKind = "mainnet" | "testnet" | "devnet";

export type TimingConstants = {
  exitRequestUnlockSeconds: number;
  deregistrationLockSeconds: number;
  smallContributorExitDelaySeconds: number;
};

export function timingConstants(kind: NetworkKind): TimingConstants {
  const mainnet = kind === "mainnet";
  return {
    exitRequestUnlockSeconds: (mainnet ? 14 : 1) * DAY_SECONDS,
    deregistrationLockSeconds: mainnet ? 30 * DAY_SECONDS : 2 * DAY_SECONDS,
    smallContributorExitDelaySeconds: 30 * DAY_SECONDS,
  };
}

/** The network's newest block: the reference point to turn heights into dates. */
export type ChainClock = { blockHeight: number; blockTimestamp: number };

/** Unix seconds at which `height` was / will be reached, at 120 s per block. */
export function heightToUnixSeconds(height: number, clock: ChainClock): number {
  return clock.blockTimestamp + (height - clock.blockHeight) * APPCHAIN_BLOCK_SECONDS;
}

/** Seconds from `now` until `target` (0 once passed). */
export function secondsUntil(targetUnixSeconds: number, nowUnixSeconds: number): number {
  return Math.max(0, Math.floor(targetUnixSeconds - nowUnixSeconds));
}

/** "3d 4h", "5h 12m", "42m", "now": a countdown short enough for a table cell. */
export function formatDuration(seconds: number): string {
  if (seconds <= 0) return "now";
  const d = Math.floor(seconds / DAY_SECONDS);
  const h = Math.floor((seconds % DAY_SECONDS) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  if (d > 0) return `${d}d ${h}h`;
  if (h > 0) return `${h}h ${m}m`;
  return `${Math.max(1, m)}m`;
}

/** ISO date-time in UTC without seconds, for dates shown next to countdowns. */
export function formatUtc(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().slice(0, 16).replace("T", " ") + " UTC";
}
