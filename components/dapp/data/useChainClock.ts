"use client";

import { useEffect, useState } from "react";

/**
 * "Now" on the chain, ticking every second: the latest read block's timestamp plus the wall time
 * since that read. Countdowns use it because the contracts compare against block time, which on the
 * devnet runs ahead of the wall clock (time is advanced there) and on Arbitrum may lag it slightly.
 */
export function useChainClock(blockTimestamp: bigint | null | undefined, readAtMs: number): number | null {
  const [wall, setWall] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setWall(Date.now()), 1_000);
    return () => clearInterval(id);
  }, []);
  if (blockTimestamp === null || blockTimestamp === undefined) return null;
  return Number(blockTimestamp) + Math.max(0, Math.floor((wall - readAtMs) / 1000));
}
