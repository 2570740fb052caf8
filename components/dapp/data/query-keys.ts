/**
 * Every TanStack Query key of the dApp, in one place, and the rule that says which of them a
 * confirmed transaction changed. Keys are plain data: a chain snapshot's key names the contracts,
 * nodes and account it read, so a transaction's effects select exactly the snapshots that hold a
 * figure it moved, and the staking backend reads of the addresses it touched.
 */
import type { Address } from "viem";
import type { TxEffect } from "@/lib/tx/effects";

export type ChainSnapshotKeyParts = {
  chainId: number;
  contracts: readonly Address[];
  nodeIds: readonly bigint[];
  account: Address | null;
  detail: boolean;
  ed25519Keys: readonly bigint[];
};

const lower = (a: string) => a.toLowerCase();

export const queryKeys = {
  chainSnapshot: (p: ChainSnapshotKeyParts) =>
    ["chain", "snapshot", { chainId: p.chainId, contracts: p.contracts.map(lower), nodeIds: p.nodeIds.map(String), account: p.account ? lower(p.account) : null, detail: p.detail, ed25519Keys: p.ed25519Keys.map(String) }] as const,
  contributionContracts: () => ["network", "contracts"] as const,
  walletStakes: (address: string) => ["network", "stakes", lower(address)] as const,
  walletRewards: (address: string) => ["network", "rewards", lower(address)] as const,
  dailyRewards: (address: string) => ["network", "daily", lower(address)] as const,
  /** registrations the network prepared, by operator address or by Ed25519 key */
  registrations: (operatorOrKey: string) => ["network", "registrations", lower(operatorOrKey)] as const,
  contributionContractForKey: (ed25519: string) => ["network", "contract-for-key", lower(ed25519)] as const,
  registrationChecks: (chainId: number, keys: { pubkey_ed25519: string; pubkey_bls: string; sig_bls: string }, operator: string) =>
    ["chain", "registration", { chainId, ed25519: lower(keys.pubkey_ed25519), bls: lower(keys.pubkey_bls), sig: lower(keys.sig_bls), operator: lower(operator) }] as const,
} as const;

type SnapshotKeyData = { chainId: number; contracts: string[]; nodeIds: string[]; account: string | null; detail: boolean };

function isSnapshotKey(key: readonly unknown[]): key is readonly ["chain", "snapshot", SnapshotKeyData] {
  return key[0] === "chain" && key[1] === "snapshot" && typeof key[2] === "object" && key[2] !== null;
}

/** Does a query with this key hold a value that `effect` changed? */
export function keyAffectedBy(key: readonly unknown[], effect: TxEffect): boolean {
  if (isSnapshotKey(key)) {
    const k = key[2];
    switch (effect.kind) {
      // every snapshot carries the registry (totals, claim cycle) and the clock
      case "registry":
        return true;
      case "account":
        return k.account === lower(effect.address);
      case "contract":
        return k.contracts.includes(lower(effect.address));
      case "node":
        return k.nodeIds.includes(effect.id.toString());
    }
  }
  // a registration's checks (key already registered, registry paused) change with the registry
  if (key[0] === "chain" && key[1] === "registration") return effect.kind === "registry";
  if (key[0] !== "network") return false;
  switch (effect.kind) {
    case "registry":
      return key[1] === "contracts" || key[1] === "registrations" || key[1] === "contract-for-key";
    case "account":
      return (key[1] === "stakes" || key[1] === "rewards" || key[1] === "daily") && key[2] === lower(effect.address);
    case "contract":
      return key[1] === "contracts" || key[1] === "stakes";
    case "node":
      return key[1] === "stakes";
  }
}

export function keyAffectedByAny(key: readonly unknown[], effects: readonly TxEffect[]): boolean {
  return effects.some((e) => keyAffectedBy(key, e));
}
