import { formatSesh } from "@/lib/staking/amounts";
import { BLOCKS_PER_DAY, DAYS_PER_YEAR } from "@/lib/staking/yearly-rate";

/**
 * How the list's yearly estimates are made (spec §2.9, §4: lib/staking/yearly-rate.ts'
 * estimatedYearlyEarnings), with today's inputs, and that they are estimates.
 */
export function EarningsFormula({ amountSesh, rewardRatePerBlock, totalStaked }: { amountSesh: number; rewardRatePerBlock: bigint; totalStaked: bigint }) {
  return (
    <p className="mt-3 max-w-3xl text-xs text-muted" data-testid="earnings-formula">
      <strong>Estimated</strong> yearly earnings on {amountSesh.toLocaleString("en-US")} SESH: amount × reward per block × {BLOCKS_PER_DAY.toString()} blocks a day × {DAYS_PER_YEAR.toString()} days × (1 − the operator&apos;s fee) ÷ all SESH staked, with today&apos;s reward per block of{" "}
      <span className="sensitive">{formatSesh(rewardRatePerBlock, { maxDecimals: 4 })} SESH</span> and <span className="sensitive">{formatSesh(totalStaked, { maxDecimals: 0 })} SESH</span> staked. Every node earns the same share of the pool&apos;s payout,
      shared by stake after the fee. Not a promise: the payout falls as the pool drains, and the number of nodes moves.
    </p>
  );
}
