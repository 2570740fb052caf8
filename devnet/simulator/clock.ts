/**
 * Session ("appchain") block height as a pure function of devnet time. The simulated network makes
 * one block every 120 s of chain time, counted from a fixed genesis, so heights stay consistent
 * when chain time jumps (`npm run devnet:advance`) and when the simulator restarts.
 */
export const SESSION_BLOCK_SECONDS = 120;
/** 2023-11-14T22:13:20Z: height 0 of the simulated Session chain. */
export const SESSION_GENESIS_TIME = 1_700_000_000;
export const BLOCKS_PER_DAY = 86_400 / SESSION_BLOCK_SECONDS;

/** Devnet timings (the testnet's, spec §6.4): short enough to walk through by advancing time. */
export const EXIT_UNLOCK_BLOCKS = 1 * BLOCKS_PER_DAY;
export const EXIT_GRACE_BLOCKS = 2 * 30; // 2 h before an unexited node may be liquidated
export const DEREGISTRATION_LOCK_BLOCKS = 2 * BLOCKS_PER_DAY;
/** Downtime credit of a healthy node (2 h), and what a decommissioned node has left. */
export const INITIAL_DOWNTIME_BLOCKS = 60;
export const DECOMMISSIONED_DOWNTIME_BLOCKS = 42;

export function sessionHeightAt(unixSeconds: number): number {
  return Math.max(0, Math.floor((unixSeconds - SESSION_GENESIS_TIME) / SESSION_BLOCK_SECONDS));
}

export function sessionBlockTime(height: number): number {
  return SESSION_GENESIS_TIME + height * SESSION_BLOCK_SECONDS;
}

/** Parses "30d", "12h", "90m", "45s" or a bare number of seconds into seconds. */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([smhdw]?)$/i.exec(text.trim());
  if (!m) throw new Error(`"${text}" is not a duration; use e.g. 30d, 12h, 90m or 3600.`);
  const unit = { "": 1, s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 }[(m[2] ?? "").toLowerCase() as "" | "s" | "m" | "h" | "d" | "w"];
  const seconds = Math.round(Number(m[1]) * unit);
  if (seconds <= 0) throw new Error(`"${text}" is not a positive duration.`);
  return seconds;
}
