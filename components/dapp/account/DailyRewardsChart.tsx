"use client";

import { formatSesh } from "@/lib/staking/amounts";
import { dailyRewardsCsv } from "@/lib/staking/csv";
import { ActionButton as Button } from "../ui/ActionButton";

type Day = { timestamp: number; lifetime: bigint; earned: bigint };

const W = 640;
const H = 160;

/** Daily earnings as an SVG bar chart (no chart library), with an exact CSV export. */
export function DailyRewardsChart({ days, address }: { days: Day[]; address: string }) {
  if (days.length === 0) return <p className="text-sm text-muted">No daily rewards recorded yet.</p>;
  const max = days.reduce((m, d) => (d.earned > m ? d.earned : m), 0n);
  const barW = W / days.length;
  function download() {
    const blob = new Blob([dailyRewardsCsv(days)], { type: "text/csv" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = `sesh-daily-rewards-${address}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  }
  const total = days.reduce((s, d) => s + d.earned, 0n);
  return (
    <figure>
      <svg viewBox={`0 0 ${W} ${H}`} className="sensitive-graphic h-40 w-full" role="img" aria-label={`Daily rewards over ${days.length} days, ${formatSesh(total)} SESH in total`} data-testid="daily-chart">
        {days.map((d, i) => {
          // scale in basis points of the max, integer math
          const h = max > 0n ? Number((d.earned * BigInt(H - 4)) / max) : 0;
          return (
            <rect key={d.timestamp} x={i * barW + 1} y={H - h} width={Math.max(1, barW - 2)} height={h} className="fill-accent">
              <title>{`${new Date(d.timestamp * 1000).toISOString().slice(0, 10)}: ${formatSesh(d.earned, { maxDecimals: 4 })} SESH`}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption className="mt-2 flex flex-wrap items-center justify-between gap-2 text-sm text-muted">
        <span>
          {days.length} days, <span className="sensitive">{formatSesh(total, { maxDecimals: 4 })} SESH</span> earned
        </span>
        <Button variant="secondary" onClick={download} data-testid="csv-export">
          Export CSV
        </Button>
      </figcaption>
    </figure>
  );
}
