/**
 * Transactions sent but not yet mined, remembered by hash in sessionStorage (or any Storage), so a
 * reload picks them up again and shows how they end instead of forgetting them.
 */
import type { Address, Hash } from "viem";
import type { TxEffect } from "./effects";

export type PendingTx = {
  hash: Hash;
  chainId: number;
  account: Address;
  title: string;
  label: string;
  effects: TxEffect[];
  /** unix ms when it was sent */
  sentAt: number;
};

export type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export const PENDING_TX_KEY = "session-staking:pending-tx";

type Stored = Omit<PendingTx, "effects"> & { effects: ({ kind: "node"; id: string } | Exclude<TxEffect, { kind: "node" }>)[] };

function toStored(tx: PendingTx): Stored {
  return { ...tx, effects: tx.effects.map((e) => (e.kind === "node" ? { kind: "node", id: e.id.toString() } : e)) };
}

function fromStored(s: Stored): PendingTx {
  return { ...s, effects: s.effects.map((e) => (e.kind === "node" ? { kind: "node", id: BigInt(e.id) } : e)) };
}

function isStored(v: unknown): v is Stored {
  if (!v || typeof v !== "object") return false;
  const o = v as Record<string, unknown>;
  return typeof o.hash === "string" && /^0x[0-9a-fA-F]{64}$/.test(o.hash) && typeof o.chainId === "number" && typeof o.account === "string" && typeof o.title === "string" && typeof o.label === "string" && Array.isArray(o.effects) && typeof o.sentAt === "number";
}

export type PendingStore = {
  list(): PendingTx[];
  add(tx: PendingTx): void;
  remove(hash: Hash): void;
  /** the wallet sped the transaction up: follow the new hash */
  replace(oldHash: Hash, newHash: Hash): void;
};

export function createPendingStore(storage: StorageLike, key = PENDING_TX_KEY): PendingStore {
  const read = (): PendingTx[] => {
    try {
      const raw: unknown = JSON.parse(storage.getItem(key) ?? "[]");
      return Array.isArray(raw) ? raw.filter(isStored).map(fromStored) : [];
    } catch {
      return []; // a corrupt entry is forgotten, never fatal
    }
  };
  const write = (list: PendingTx[]) => {
    try {
      if (list.length === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify(list.map(toStored)));
    } catch {
      /* storage full or disabled: the flow still works, only the reload pick-up is lost */
    }
  };
  return {
    list: read,
    add: (tx) => write([...read().filter((t) => t.hash !== tx.hash), tx]),
    remove: (hash) => write(read().filter((t) => t.hash !== hash)),
    replace: (oldHash, newHash) => write(read().map((t) => (t.hash === oldHash ? { ...t, hash: newHash } : t))),
  };
}
