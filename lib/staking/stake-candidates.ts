/**
 * Which contribution contracts and node ids /stake reads from the chain, from the backend's list:
 * every contract that could be listed (status 0 too, for the toggle) and every live node id. Shared
 * by the server's first render and the browser so both build the same batch.
 */
import { selectOpenContracts, type ContractLike } from "./contract-state";

export type ContractListLike<C extends ContractLike> = { contracts: readonly C[]; added_bls_keys: Record<string, number> };

export function stakeReadCandidates<C extends ContractLike>(list: ContractListLike<C>): C[] {
  const live = new Set(Object.keys(list.added_bls_keys).map((k) => k.toLowerCase()));
  // The Joining window needs the L2 block; the newest event block is a close stand-in here (the
  // page filters again with the chain's block number).
  const newestBlock = list.contracts.reduce((m, c) => c.events.reduce((mm, e) => Math.max(mm, e.block), m), 0);
  return selectOpenContracts(list.contracts, { liveBlsKeys: live, currentL2Block: newestBlock, includeAwaitingOperator: true }).map((l) => l.contract);
}

export function stakeReadNodeIds(list: { added_bls_keys: Record<string, number> }): bigint[] {
  return [...new Set(Object.values(list.added_bls_keys))].sort((a, b) => a - b).map(BigInt);
}
