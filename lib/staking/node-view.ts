/**
 * The derived view of a registered node that every page shows: the backend's Stake plus, when
 * read, the registry contract's record -> state, the one timer that matters, and a wallet's own
 * stake in it. One function, so /nodes, /nodes/<id>, /mystakes and /address agree.
 */
import type { NetworkInfo, Stake } from "@/lib/backend/schemas";
import { deriveNodeState, nodeTimer, type NodeState, type NodeTimer, type OnChainNode } from "./node-state";
import { timingConstants, type NetworkKind } from "./timing";

export function networkKind(nettype: string): NetworkKind {
  return nettype === "mainnet" ? "mainnet" : nettype === "devnet" || nettype === "localdev" ? "devnet" : "testnet";
}

export type NodeView = { stake: Stake; state: NodeState; timer: NodeTimer | null; ownStake: bigint };

/** A wallet's own stake in a node: the sum of its contributor entries (by staker address). */
export function ownStakeIn(contributors: readonly { address: string; amount: bigint }[], wallet: string): bigint {
  const w = wallet.toLowerCase();
  return contributors.filter((c) => c.address.toLowerCase() === w).reduce((s, c) => s + c.amount, 0n);
}

export function nodeView(stake: Stake, network: NetworkInfo, nowSeconds: number, chain?: OnChainNode, wallet?: string): NodeView {
  const state = deriveNodeState(stake, network.block_height, chain);
  const ownStake = wallet ? ownStakeIn(stake.contributors, wallet) : 0n;
  const timer = nodeTimer(
    stake,
    state,
    { blockHeight: network.block_height, blockTimestamp: network.block_timestamp },
    nowSeconds,
    timingConstants(networkKind(network.nettype)),
    wallet ? { amount: ownStake, deposit: stake.staking_requirement } : undefined,
  );
  return { stake, state, timer, ownStake };
}
