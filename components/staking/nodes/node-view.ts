/** Derived view of a registered node: backend Stake + optional chain record -> state and timer. */
import type { NetworkInfo, Stake } from "@/lib/network/schemas";
import type { RegisteredNodeChainState } from "@/lib/contracts/reads/stake-page";
import { deriveNodeState, nodeTimer, type NodeState, type NodeTimer } from "@/lib/staking/node-state";
import { timingConstants, type NetworkKind } from "@/lib/staking/timing";

export function networkKind(nettype: string): NetworkKind {
  return nettype === "mainnet" ? "mainnet" : nettype === "devnet" || nettype === "localdev" ? "devnet" : "testnet";
}

export type NodeView = { stake: Stake; state: NodeState; timer: NodeTimer | null; ownStake: bigint };

export function nodeView(stake: Stake, network: NetworkInfo, nowSeconds: number, chain?: RegisteredNodeChainState, wallet?: string): NodeView {
  const onChain = chain ? { registered: chain.registered, leaveRequestTimestamp: chain.leaveRequestTimestamp } : undefined;
  const state = deriveNodeState(stake, network.block_height, onChain);
  const w = wallet?.toLowerCase();
  const ownStake = w ? stake.contributors.filter((c) => c.address.toLowerCase() === w).reduce((s, c) => s + c.amount, 0n) : 0n;
  const timer = nodeTimer(
    stake,
    state,
    { blockHeight: network.block_height, blockTimestamp: network.block_timestamp },
    nowSeconds,
    timingConstants(networkKind(network.nettype)),
    w ? { amount: ownStake, deposit: stake.staking_requirement } : undefined,
  );
  return { stake, state, timer, ownStake };
}
