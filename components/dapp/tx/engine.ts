/**
 * The transaction engine wired to this app: lib/tx's flow with ports made of wagmi (the wallet),
 * viem actions on the target's client (allowance, simulate, receipts) and TanStack Query (what a
 * receipt changed). Loaded on demand (useTxFlow preloads it when a form appears): its ABIs and the
 * error table stay out of the pages' first load.
 */
import type { QueryClient } from "@tanstack/react-query";
import type { Address, Client, Hash } from "viem";
import { readContract, simulateContract, waitForTransactionReceipt, writeContract } from "viem/actions";
import { WaitForTransactionReceiptTimeoutError } from "viem";
import { getAccount, getWalletClient } from "wagmi/actions";
import type { Config } from "wagmi";
import type { PublicTarget } from "@/lib/chain/targets";
import { seshAbi } from "@/lib/contracts/abi/sesh";
import { describeError } from "@/lib/contracts/errors";
import type { ChainSnapshot } from "@/lib/contracts/reads/chain-snapshot";
import type { TxEffect } from "@/lib/tx/effects";
import { createPendingStore } from "@/lib/tx/pending-store";
import { ReceiptTimeout, type TxPorts } from "@/lib/tx/types";
import { keyAffectedByAny } from "../data/query-keys";

export { createResumedFlow, createTxFlow, TxFlow } from "@/lib/tx/flow";

type Deps = { config: Config; client: Client; queryClient: QueryClient; target: PublicTarget };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const FRESH_TRIES = 10;

function snapshotBlock(data: unknown): bigint | null {
  const block = (data as ChainSnapshot | undefined)?.registry?.blockNumber;
  return typeof block === "bigint" ? block : null;
}

/** Invalidates what `effects` changed and waits until every affected chain read is at `atBlock` or later. */
async function refreshAfter(queryClient: QueryClient, effects: TxEffect[], atBlock: bigint): Promise<void> {
  const predicate = (q: { queryKey: readonly unknown[] }) => keyAffectedByAny(q.queryKey, effects);
  await queryClient.invalidateQueries({ predicate, refetchType: "active" });
  // an RPC behind a load balancer may answer from a node a block behind the receipt: ask again
  for (let i = 0; i < FRESH_TRIES; i++) {
    const stale = queryClient
      .getQueryCache()
      .findAll({ predicate, type: "active" })
      .filter((q) => q.queryKey[0] === "chain" && (snapshotBlock(q.state.data) ?? atBlock) < atBlock);
    if (stale.length === 0) return;
    await sleep(400);
    await Promise.all(stale.map((q) => queryClient.refetchQueries({ queryKey: q.queryKey, exact: true })));
  }
}

export function createPorts({ config, client, queryClient, target }: Deps): TxPorts {
  return {
    walletChainId: async () => {
      const a = getAccount(config);
      return a.status === "connected" ? a.chainId : undefined;
    },
    readAllowance: (token: Address, owner: Address, spender: Address) => readContract(client, { address: token, abi: seshAbi, functionName: "allowance", args: [owner, spender] }),
    simulate: async (account, call) => {
      await simulateContract(client, { account, address: call.address, abi: call.abi, functionName: call.functionName, args: call.args });
    },
    send: async (account, call) => {
      const wallet = await getWalletClient(config, { chainId: target.chainId, account });
      return writeContract(wallet, { account, chain: wallet.chain, address: call.address, abi: call.abi, functionName: call.functionName, args: call.args });
    },
    waitForReceipt: async (hash: Hash, { timeoutMs, onReplaced }) => {
      try {
        const r = await waitForTransactionReceipt(client, {
          hash,
          timeout: timeoutMs,
          pollingInterval: Math.min(target.pollingIntervalMs, 1_000),
          onReplaced: (x) => onReplaced({ reason: x.reason, hash: x.transaction.hash }),
        });
        return { status: r.status, blockNumber: r.blockNumber, transactionHash: r.transactionHash };
      } catch (e) {
        if (e instanceof WaitForTransactionReceiptTimeoutError) throw new ReceiptTimeout(hash);
        throw e;
      }
    },
    refresh: (effects, atBlock) => refreshAfter(queryClient, effects, atBlock),
    describe: describeError,
    pending: typeof window !== "undefined" ? createPendingStore(window.sessionStorage) : undefined,
  };
}
