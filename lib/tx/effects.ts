/**
 * What a confirmed transaction changed, in domain terms. Flows declare their effects; the dApp's
 * query-key module (components/dapp/data/query-keys.ts) turns them into the exact reads to refresh.
 */
import type { Address } from "viem";

export type TxEffect =
  /** registry-wide figures: totals, node list, claim cycle, contract lists */
  | { kind: "registry" }
  /** an address's token balance, allowances, rewards record and network lists */
  | { kind: "account"; address: Address }
  /** one contribution contract's state */
  | { kind: "contract"; address: Address }
  /** one registered node's record */
  | { kind: "node"; id: bigint };
