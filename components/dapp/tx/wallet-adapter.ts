/**
 * The wallet adapter: lib/tx's transaction engine wired to this app, its ports made of wagmi (the wallet),
 * viem actions on the target's client (allowance, simulate, receipts) and TanStack Query (what a
 * receipt changed). Loaded on demand (useTxFlow preloads it when a form appears): its ABIs and the
 * error table stay out of the pages' first load.
 */
import type { QueryClient } from "@tanstack/react-query";
import type { Address, Hash } from "viem";
import { getTransaction, readContract, simulateContract, waitForTransactionReceipt, writeContract } from "viem/actions";
import { getAccount, getClient, getWalletClient } from "wagmi/actions";
import type { PublicTarget } from "@/lib/chain/targets";
import { seshAbi } from "@/lib/contracts/abi/sesh";
import { serviceNodeContributionFactoryAbi } from "@/lib/contracts/abi/serviceNodeContributionFactory";
import { configuredContracts } from "@/lib/flows/flow-target";
import { readVestingContracts } from "@/lib/contracts/reads/vesting";
import { vestingMismatch } from "@/lib/staking/vesting";
import { describeError } from "@/lib/contracts/errors";
import type { ChainSnapshot } from "@/lib/contracts/reads/chain-snapshot";
import type { TxEffect } from "@/lib/tx/effects";
import { createPendingStore } from "@/lib/tx/pending-store";
import { ReceiptTimeout, type Receipt, type Replacement, type TxPorts } from "@/lib/tx/types";
import { pageBlock } from "../data/page-block";
import { keyAffectedByAny } from "../data/query-keys";
import type { WalletRuntime } from "../wallet/runtime";

export { createResumedFlow, createTxFlow, TxFlow } from "@/lib/tx/flow";

type Deps = {
  /** the page's wallet runtime (wagmi config, TanStack Query client) */
  runtime: WalletRuntime;
  target: PublicTarget;
  /** renders the page again on the server (Next's router.refresh) */
  refreshPage: () => void;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const FRESH_TRIES = 10;

function snapshotBlock(data: unknown): bigint | null {
  const block = (data as ChainSnapshot | undefined)?.registry?.blockNumber;
  return typeof block === "bigint" ? block : null;
}

/**
 * The page rendered again on the server until its figures are of `atBlock` or later (its PageBlock
 * mark); a page without the mark is rendered again once.
 */
async function refreshPageAfter(refreshPage: () => void, atBlock: bigint): Promise<void> {
  for (let i = 0; i < FRESH_TRIES; i++) {
    refreshPage();
    await sleep(400);
    const shown = pageBlock();
    if (shown === null || shown >= atBlock) return;
  }
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

type Slot = { from: Address; nonce: number; to?: Address | null; input?: `0x${string}`; value?: bigint };

export function createPorts({ runtime, target, refreshPage }: Deps): TxPorts {
  const { config, queryClient } = runtime;
  const maybeClient = getClient(config, { chainId: target.chainId });
  if (!maybeClient) throw new Error("The chain client is not ready.");
  const client = maybeClient;
  // one receipt watch per hash, kept across "still pending" timeouts: viem learns the transaction's
  // nonce slot while it is pending and finds a replacement only if the same watch keeps running
  const watches = new Map<Hash, Promise<Receipt>>();
  const slots = new Map<Hash, Slot>();

  /** Where the transaction sits (sender + nonce), so its replacement is found even after the original was dropped. */
  async function rememberSlot(hash: Hash): Promise<void> {
    for (let i = 0; i < 5 && !slots.has(hash); i++) {
      try {
        const t = await getTransaction(client, { hash });
        slots.set(hash, { from: t.from, nonce: t.nonce, to: t.to, input: t.input, value: t.value });
      } catch {
        await sleep(200);
      }
    }
  }

  function watch(hash: Hash, onReplaced: (r: Replacement) => void): Promise<Receipt> {
    let w = watches.get(hash);
    if (!w) {
      w = (async () => {
        await rememberSlot(hash);
        const r = await waitForTransactionReceipt(client, {
          hash,
          timeout: 0,
          pollingInterval: Math.min(target.pollingIntervalMs, 1_000),
          replacement: slots.get(hash),
          onReplaced: (x) => onReplaced({ reason: x.reason, hash: x.transaction.hash }),
        });
        return { status: r.status, blockNumber: r.blockNumber, transactionHash: r.transactionHash, logs: r.logs.map((l) => ({ address: l.address, topics: l.topics, data: l.data })) } satisfies Receipt;
      })();
      watches.set(hash, w);
      w.catch(() => watches.delete(hash));
    }
    return w;
  }

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
    waitForReceipt: (hash: Hash, { timeoutMs, onReplaced }) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new ReceiptTimeout(hash)), timeoutMs);
      });
      return Promise.race([watch(hash, onReplaced), late]).finally(() => clearTimeout(timer));
    },
    // the browser's own reads (islands that read the chain or the backend themselves), then the figures the server renders
    refresh: async (effects, atBlock) => {
      await Promise.all([refreshAfter(queryClient, effects, atBlock), refreshPageAfter(refreshPage, atBlock)]);
    },
    describe: describeError,
    configuredContracts: configuredContracts(target),
    // read at the flow's start, never remembered: the answer must come from the chain, now
    verifyContract: async (c) => {
      if (c.kind === "contribution") return readContract(client, { address: target.contracts.factory, abi: serviceNodeContributionFactoryAbi, functionName: "owns", args: [c.address] });
      const [facts] = await readVestingContracts(client, { multicall3: target.contracts.multicall3, token: target.contracts.token, contracts: [c.address] });
      if (!facts) throw new Error(`${c.address} does not answer like a vesting contract`);
      return vestingMismatch(facts, c.beneficiary, target.contracts) === null;
    },
    pending: typeof window !== "undefined" ? createPendingStore(window.sessionStorage) : undefined,
  };
}
