/** CSV of the daily rewards history: exact SESH amounts (9 decimals), UTC dates. */
import { atomicToSeshString } from "./amounts";

export function dailyRewardsCsv(rows: readonly { timestamp: number; lifetime: bigint; earned: bigint }[]): string {
  const lines = ["date_utc,block_timestamp,earned_sesh,lifetime_rewards_sesh"];
  for (const r of rows) {
    lines.push(`${new Date(r.timestamp * 1000).toISOString().slice(0, 10)},${r.timestamp},${atomicToSeshString(r.earned)},${atomicToSeshString(r.lifetime)}`);
  }
  return lines.join("\n") + "\n";
}
