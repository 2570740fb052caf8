/**
 * /stake/<address>'s data, read on the server through the server cache: the backend's row for the
 * contract (its key, whether the network has read its details, the live node id once witnessed),
 * then ONE chain batch with its state, keys and factory check, the node's record once registered,
 * and the cookies' wallet (balances, its position in the contract).
 */
import "server-only";
import type { Address } from "viem";
import { withDeadline } from "@/lib/async/deadline";
import type { ServerTarget } from "@/lib/chain/targets";
import type { ChainSnapshot } from "@/lib/contracts/reads/chain-snapshot";
import type { ContributionContractNotReady } from "@/lib/backend/schemas";
import { cachedChainSnapshot } from "@/lib/server-cache/chain-read";
import { openContracts } from "../stake-data";
import { PAGE_READ_BUDGET_MS } from "@/lib/server-cache/settings";
import { errorSentence } from "@/components/dapp/ui/States";


export type ContractPageData = {
  /** the backend's row (null: not listed, or the backend failed: backendError says which) */
  entry: ContributionContractNotReady | null;
  /** the node's id once the network witnessed its registration */
  liveId: number | undefined;
  backendError: string | null;
  snapshot: ChainSnapshot | null;
  chainError: string | null;
  /** when the server read the chain (countdowns tick from there) */
  readAtMs: number;
};


export async function loadContractPage(target: ServerTarget, address: Address, account: Address | null): Promise<ContractPageData> {
  let entry: ContributionContractNotReady | null = null;
  let liveId: number | undefined;
  let backendError: string | null = null;
  try {
    const list = await withDeadline(PAGE_READ_BUDGET_MS, () => openContracts(target), { what: "The staking backend's contract list" });
    entry = list.contracts.find((c) => c.address.toLowerCase() === address.toLowerCase()) ?? null;
    liveId = entry?.pubkey_bls ? list.added_bls_keys[entry.pubkey_bls.toLowerCase()] : undefined;
  } catch (e) {
    backendError = errorSentence(e);
  }
  try {
    const snapshot = await withDeadline(
      PAGE_READ_BUDGET_MS,
      () =>
        cachedChainSnapshot(target.public, {
          addresses: target.public.contracts,
          contributionContracts: [address],
          nodeIds: liveId !== undefined ? [BigInt(liveId)] : [],
          account: account ?? undefined,
          detail: true,
          ed25519Keys: entry ? [BigInt(`0x${entry.service_node_pubkey}`)] : [],
        }),
      { what: "The chain read" },
    );
    return { entry, liveId, backendError, snapshot, chainError: null, readAtMs: Date.now() };
  } catch (e) {
    return { entry, liveId, backendError, snapshot: null, chainError: errorSentence(e), readAtMs: Date.now() };
  }
}
