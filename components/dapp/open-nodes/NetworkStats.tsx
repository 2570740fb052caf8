import type { ChainSnapshot } from "@/lib/contracts/reads/chain-snapshot";
import { formatSesh } from "@/lib/staking/amounts";
import { formatBasisPointsPercent } from "@/lib/staking/fees";
import { estimatedYearlyRateBasisPoints, rewardsPerDay } from "@/lib/staking/yearly-rate";
import { Stat } from "../ui/States";
import { Usd } from "../ui/Usd";

const dash = "—";

/**
 * Network figures: chain facts from the snapshot, active-node count from the backend; with a
 * wallet (the cookies' account, read on the server), its SESH balance.
 */
export function NetworkStats({ snapshot, activeNodes, totalStaked, connected }: { snapshot: ChainSnapshot | null | undefined; activeNodes: number | undefined; totalStaked: bigint | undefined; connected: boolean }) {
  const r = snapshot?.registry;
  const perDay = r?.rewardRatePerBlock != null ? rewardsPerDay(r.rewardRatePerBlock) : null;
  const yearly = r?.rewardRatePerBlock != null && totalStaked !== undefined ? estimatedYearlyRateBasisPoints(r.rewardRatePerBlock, totalStaked) : null;
  return (
    <section aria-labelledby="network-stats-heading">
      <h2 id="network-stats-heading" className="sr-only">
        Network
      </h2>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label="Registered nodes" testId="stat-registered-nodes" value={r?.totalNodes != null ? r.totalNodes.toString() : dash} />
        <Stat label="Active nodes" testId="stat-active-nodes" value={activeNodes ?? dash} />
        <Stat label="Total staked" testId="stat-total-staked" value={totalStaked !== undefined ? `${formatSesh(totalStaked, { maxDecimals: 0 })} SESH` : dash} usd={<Usd atomic={totalStaked ?? null} testId="stat-total-staked-usd" />} />
        <Stat label="Staking requirement" testId="stat-staking-requirement" value={r?.stakingRequirement != null ? `${formatSesh(r.stakingRequirement)} SESH` : dash} usd={<Usd atomic={r?.stakingRequirement ?? null} testId="stat-staking-requirement-usd" />} />
        <Stat label="Rewards per day" testId="stat-rewards-per-day" value={perDay !== null ? `${formatSesh(perDay, { maxDecimals: 0 })} SESH` : dash} usd={<Usd atomic={perDay} testId="stat-rewards-per-day-usd" />} hint="Released by the reward pool to all nodes" />
        <Stat
          label="Estimated yearly rate"
          testId="stat-yearly-rate"
          value={yearly !== null ? formatBasisPointsPercent(yearly) : dash}
          hint="Today's pool rate over all staked SESH, before operator fees"
        />
        {connected ? (
          <Stat label="My SESH balance" testId="stat-my-balance" value={snapshot?.account?.balance != null ? `${formatSesh(snapshot.account.balance)} SESH` : dash} usd={<Usd atomic={snapshot?.account?.balance ?? null} testId="stat-my-balance-usd" />} />
        ) : null}
      </dl>
    </section>
  );
}
