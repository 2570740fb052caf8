import type { ExitRulesChainState } from "@/lib/contracts/reads/chain-snapshot";
import type { NetworkInfo, Stake } from "@/lib/backend/schemas";
import { formatSesh } from "@/lib/staking/amounts";
import { liquidationRatios, liquidationSplit, penaltyShare } from "@/lib/staking/exit";
import type { NodeState } from "@/lib/staking/node-state";
import { formatDuration, formatUtc, heightToUnixSeconds } from "@/lib/staking/timing";

type Props = {
  stake: Stake;
  state: NodeState;
  network: NetworkInfo;
  rules: ExitRulesChainState;
  /** the node's deposit (the chain's while registered, else the network's record) */
  deposit: bigint;
  /** the viewer's own stake in the node (0: not a contributor) */
  ownStake: bigint;
  nowSeconds: number;
};

/**
 * What a liquidation takes from the node's stake, as the contract's ratios compute it (spec §2.9):
 * shown for a node that may be liquidated (an unlocked exit left waiting, a deregistered node) and
 * for one that was. Information only: the dApp never offers a liquidation.
 */
export function LiquidationNotice({ stake, state, network, rules, deposit, ownStake, nowSeconds }: Props) {
  const ratios = liquidationRatios(rules);
  const liquidated = stake.events.some((e) => e.name === "ServiceNodeLiquidated");
  if (!ratios || !(liquidated || state === "Ready to exit" || state === "Deregistered")) return null;
  const split = liquidationSplit(deposit, ratios);
  if (split.penalty === 0n) return null;
  const own = ownStake > 0n ? penaltyShare(split.penalty, ownStake, deposit) : 0n;
  const amounts = `${formatSesh(split.liquidatorAmount)} SESH to the liquidator and ${formatSesh(split.poolAmount)} SESH to the reward pool, out of ${formatSesh(deposit)} SESH`;
  const yours = own > 0n ? ` Your part, in proportion to your stake: ${formatSesh(own)} SESH.` : "";
  let text: string;
  if (liquidated) {
    text = `This node was liquidated: with the contract's ratios that takes ${amounts}.${yours}`;
  } else {
    const at = stake.liquidation_height ? heightToUnixSeconds(stake.liquidation_height, { blockHeight: network.block_height, blockTimestamp: network.block_timestamp }) : null;
    const when = at === null ? "Anyone may liquidate this node" : at > nowSeconds ? `From ${formatUtc(at)} (in ${formatDuration(at - nowSeconds)}) anyone may liquidate this node` : "Anyone may now liquidate this node";
    text = `${when} unless it exits first: a liquidation takes ${amounts}.${yours}`;
  }
  return (
    // the sentence is made of amounts: hidden whole by the privacy switch
    <p className="sensitive text-xs text-muted" data-testid="exit-liquidation-notice">
      {text}
    </p>
  );
}
