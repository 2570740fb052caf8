import type { Hash } from "viem";
import { describe, expect, it, vi } from "vitest";
import { describeError } from "@/lib/contracts/errors";
import { contributeFundsCall } from "@/lib/contracts/writes/contribution";
import type { WriteCall } from "@/lib/contracts/writes/call";
import { createResumedFlow, createTxFlow } from "./flow";
import { createPendingStore, type StorageLike } from "./pending-store";
import { ReceiptTimeout, type FlowSpec, type Receipt, type Replacement, type TxPorts } from "./types";

const TOKEN = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const CONTRACT = "0x80E2E2367C5E9D070Ae2d6d50bF0cdF6360a7151";
const ME = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const AMOUNT = 1_250_000_000_000n;
const hash = (n: number) => `0x${n.toString(16).padStart(64, "0")}` as Hash;

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const spec = (over: Partial<FlowSpec> = {}): FlowSpec => ({
  title: "Stake 1,250 SESH",
  chainId: 31337,
  account: ME,
  steps: [
    { kind: "approve", token: TOKEN, spender: CONTRACT, amount: AMOUNT, label: "Approve 1,250 SESH" },
    { kind: "call", call: contributeFundsCall(CONTRACT, AMOUNT, null), label: "Stake 1,250 SESH" },
  ],
  effects: [{ kind: "contract", address: CONTRACT }, { kind: "account", address: ME }],
  errorContext: { amount: AMOUNT },
  verify: [{ kind: "contribution", address: CONTRACT }],
  ...over,
});

type FakeOptions = {
  chainId?: number;
  allowance?: bigint;
  simulate?: (call: WriteCall) => void;
  send?: (call: WriteCall, n: number) => Hash;
  wait?: (h: Hash, onReplaced: (r: Replacement) => void, attempt: number) => Promise<Receipt>;
  /** what the factory says of the declared contract: true by default */
  owns?: boolean | "unreadable";
};

function fakePorts(o: FakeOptions = {}) {
  const sent: WriteCall[] = [];
  const simulated: WriteCall[] = [];
  const refreshed: { effects: unknown; atBlock: bigint }[] = [];
  const storage = memoryStorage();
  const verified: string[] = [];
  let waits = 0;
  const ports: TxPorts = {
    walletChainId: async () => o.chainId ?? 31337,
    readAllowance: async () => o.allowance ?? 0n,
    simulate: async (_a, call) => {
      simulated.push(call);
      o.simulate?.(call);
    },
    send: async (_a, call) => {
      sent.push(call);
      return o.send ? o.send(call, sent.length) : hash(sent.length);
    },
    waitForReceipt: async (h, { onReplaced }) => {
      waits++;
      return o.wait ? o.wait(h, onReplaced, waits) : { status: "success", blockNumber: 100n + BigInt(waits), transactionHash: h, logs: [] };
    },
    refresh: async (effects, atBlock) => void refreshed.push({ effects, atBlock }),
    describe: describeError,
    pending: createPendingStore(storage),
    configuredContracts: [TOKEN],
    verifyContract: async (c) => {
      verified.push(c.address);
      if (o.owns === "unreadable") throw new Error("connect ECONNREFUSED");
      return o.owns ?? true;
    },
  };
  return { ports, sent, simulated, refreshed, storage, verified };
}

const options = { receiptTimeoutMs: 1_000 };

describe("the transaction flow", () => {
  it("approves exactly the amount, then waits for the user's second tap before the stake", async () => {
    const f = fakePorts({ allowance: 10n });
    const flow = createTxFlow(spec(), f.ports, options);
    await flow.start();
    expect(f.sent).toHaveLength(1);
    expect(f.sent[0]?.functionName).toBe("approve");
    expect(f.sent[0]?.args).toEqual([CONTRACT, AMOUNT]);
    expect(flow.getState().status).toBe("needsTap");
    expect(flow.getState().steps.map((s) => s.status)).toEqual(["confirmed", "ready"]);

    await flow.proceed();
    expect(f.sent.map((c) => c.functionName)).toEqual(["approve", "contributeFunds"]);
    expect(flow.getState()).toMatchObject({ status: "done", lastHash: hash(2) });
    // the stake's effects were refreshed at its receipt's block before "done"
    expect(f.refreshed.at(-1)).toEqual({ effects: spec().effects, atBlock: 102n });
  });

  it("skips the approval when the allowance already covers the amount: one tap, one transaction", async () => {
    const f = fakePorts({ allowance: AMOUNT });
    const flow = createTxFlow(spec(), f.ports, options);
    await flow.start();
    expect(f.sent.map((c) => c.functionName)).toEqual(["contributeFunds"]);
    expect(flow.getState().steps[0]).toMatchObject({ status: "skipped", note: "Already approved" });
    expect(flow.getState().status).toBe("done");
  });

  it("sends nothing on the wrong chain, and goes on after the switch", async () => {
    let chainId = 1;
    const f = fakePorts();
    f.ports.walletChainId = async () => chainId;
    const flow = createTxFlow(spec(), f.ports, options);
    await flow.start();
    expect(flow.getState().status).toBe("wrongChain");
    expect(f.sent).toEqual([]);
    expect(f.simulated).toEqual([]);
    chainId = 31337;
    await flow.retry();
    expect(f.sent).toHaveLength(1);
  });

  it("a second tap while a step runs sends nothing", async () => {
    let release: (r: Receipt) => void = () => {};
    const f = fakePorts({ allowance: AMOUNT, wait: (h) => new Promise<Receipt>((r) => (release = () => r({ status: "success", blockNumber: 5n, transactionHash: h, logs: [] }))) });
    const flow = createTxFlow(spec(), f.ports, options);
    const first = flow.start();
    await vi.waitFor(() => expect(f.sent).toHaveLength(1));
    await flow.start();
    await flow.proceed();
    await flow.retry();
    expect(f.sent).toHaveLength(1);
    release({ status: "success", blockNumber: 5n, transactionHash: hash(1), logs: [] });
    await first;
    expect(flow.getState().status).toBe("done");
  });

  it("a rejection in the wallet is a calm outcome: the step is ready again, nothing remembered", async () => {
    const f = fakePorts({ allowance: AMOUNT });
    f.ports.send = async () => {
      throw Object.assign(new Error("User rejected the request."), { code: 4001 });
    };
    const flow = createTxFlow(spec(), f.ports, options);
    await flow.start();
    expect(flow.getState()).toMatchObject({ status: "rejected", error: { kind: "rejected" } });
    expect(flow.getState().steps[1]?.status).toBe("ready");
    expect(f.storage.data.size).toBe(0);
  });

  it("a simulated revert is decoded and nothing is sent", async () => {
    const { encodeErrorResult, ContractFunctionRevertedError } = await import("viem");
    const { serviceNodeContributionAbi } = await import("@/lib/contracts/abi/serviceNodeContribution");
    const f = fakePorts({
      allowance: AMOUNT,
      simulate: () => {
        throw new ContractFunctionRevertedError({
          abi: serviceNodeContributionAbi,
          functionName: "contributeFunds",
          data: encodeErrorResult({ abi: serviceNodeContributionAbi, errorName: "ContributionExceedsStakingRequirement", args: [26_250_000_000_000n, 0n, 25_000_000_000_000n] }),
        });
      },
    });
    const flow = createTxFlow(spec(), f.ports, options);
    await flow.start();
    expect(f.sent).toEqual([]);
    expect(flow.getState().error?.message).toBe("This node filled up while you were confirming: nothing is left to stake.");
  });

  it("a wallet that refuses with a bare 'execution reverted' gets the contract's reason from a second check", async () => {
    const { encodeErrorResult, ContractFunctionRevertedError } = await import("viem");
    const { serviceNodeContributionAbi } = await import("@/lib/contracts/abi/serviceNodeContribution");
    let checks = 0;
    const f = fakePorts({
      allowance: AMOUNT,
      // the first check passes; by the wallet's own estimate the node has filled
      simulate: () => {
        if (++checks === 1) return;
        throw new ContractFunctionRevertedError({
          abi: serviceNodeContributionAbi,
          functionName: "contributeFunds",
          data: encodeErrorResult({ abi: serviceNodeContributionAbi, errorName: "ContributionExceedsStakingRequirement", args: [26_250_000_000_000n, 0n, 25_000_000_000_000n] }),
        });
      },
      send: () => {
        throw new Error("execution reverted");
      },
    });
    const flow = createTxFlow(spec(), f.ports, options);
    await flow.start();
    expect(checks).toBe(2);
    expect(flow.getState().status).toBe("failed");
    expect(flow.getState().error?.message).toBe("This node filled up while you were confirming: nothing is left to stake.");
  });

  it("a bare 'execution reverted' that a second check cannot explain is said as it came", async () => {
    const f = fakePorts({
      allowance: AMOUNT,
      send: () => {
        throw new Error("execution reverted");
      },
    });
    const flow = createTxFlow(spec(), f.ports, options);
    await flow.start();
    expect(f.simulated).toHaveLength(2);
    expect(flow.getState().error?.message).toBe("The contract refused this transaction without saying why.");
  });

  it("a receipt that does not come in time is 'still pending', then completes when it lands", async () => {
    const states: string[] = [];
    const f = fakePorts({
      allowance: AMOUNT,
      wait: async (h, _r, attempt) => {
        if (attempt < 3) throw new ReceiptTimeout(h);
        return { status: "success", blockNumber: 9n, transactionHash: h, logs: [] };
      },
    });
    const flow = createTxFlow(spec(), f.ports, options);
    flow.subscribe((s) => states.push(s.steps[1]?.status ?? ""));
    await flow.start();
    expect(states).toContain("slow");
    expect(states).not.toContain("failed");
    expect(flow.getState().status).toBe("done");
  });

  it("follows a transaction sped up in the wallet to its replacement", async () => {
    const f = fakePorts({
      allowance: AMOUNT,
      wait: async (h, onReplaced) => {
        onReplaced({ reason: "repriced", hash: hash(77) });
        return { status: "success", blockNumber: 9n, transactionHash: hash(77), logs: [] };
      },
    });
    const flow = createTxFlow(spec(), f.ports, options);
    await flow.start();
    expect(flow.getState()).toMatchObject({ status: "done", lastHash: hash(77) });
    expect(flow.getState().steps[1]?.note).toContain("Sped up");
    expect(f.storage.data.size).toBe(0);
  });

  it("says so when the wallet cancelled or replaced it", async () => {
    for (const reason of ["cancelled", "replaced"] as const) {
      const f = fakePorts({
        allowance: AMOUNT,
        wait: async (h, onReplaced) => {
          onReplaced({ reason, hash: hash(88) });
          return { status: "success", blockNumber: 9n, transactionHash: hash(88), logs: [] };
        },
      });
      const flow = createTxFlow(spec(), f.ports, options);
      await flow.start();
      expect(flow.getState().status).toBe("failed");
      expect(flow.getState().error?.message).toMatch(reason === "cancelled" ? /cancelled this transaction/ : /replaced this transaction/);
      expect(f.refreshed).toEqual([]);
    }
  });

  it("a reverted receipt is a failure, with a retry", async () => {
    const f = fakePorts({ allowance: AMOUNT, wait: async (h) => ({ status: "reverted", blockNumber: 3n, transactionHash: h, logs: [] }) });
    const flow = createTxFlow(spec(), f.ports, options);
    await flow.start();
    expect(flow.getState()).toMatchObject({ status: "failed", error: { kind: "revert", retryable: true } });
    expect(f.refreshed).toEqual([]);
  });

  it("remembers a sent transaction until its receipt, and a reload picks it up", async () => {
    let release: () => void = () => {};
    const f = fakePorts({ allowance: AMOUNT, wait: (h) => new Promise((r) => (release = () => r({ status: "success", blockNumber: 4n, transactionHash: h, logs: [] }))) });
    const flow = createTxFlow(spec(), f.ports, options);
    const running = flow.start();
    await vi.waitFor(() => expect(f.ports.pending?.list()).toHaveLength(1));
    const remembered = f.ports.pending!.list()[0]!;
    expect(remembered).toMatchObject({ hash: hash(1), title: "Stake 1,250 SESH", effects: spec().effects });

    // "reload": a new flow from the store, with its own wait
    const g = fakePorts();
    const resumed = createResumedFlow(remembered, g.ports, options);
    await resumed.resume(remembered);
    expect(resumed.getState()).toMatchObject({ status: "done", lastHash: hash(1) });
    expect(g.refreshed[0]).toEqual({ effects: spec().effects, atBlock: 101n });
    release();
    await running;
    expect(f.ports.pending?.list()).toEqual([]);
  });
});

describe("the contracts a flow may touch", () => {
  it("asks the factory about a declared contribution contract before anything else, and goes on when it owns it", async () => {
    const f = fakePorts();
    const flow = createTxFlow(spec(), f.ports, options);
    await flow.start();
    expect(f.verified).toEqual([CONTRACT]);
    expect(f.sent[0]?.functionName).toBe("approve");
  });

  it("a contract the factory did not create: refused with the plain sentence, no check, no approval, no wallet prompt", async () => {
    const f = fakePorts({ owns: false });
    const flow = createTxFlow(spec(), f.ports, options);
    await flow.start();
    expect(f.sent).toEqual([]);
    expect(f.simulated).toEqual([]);
    expect(flow.getState()).toMatchObject({ status: "failed", error: { kind: "untrusted", retryable: false } });
    expect(flow.getState().error?.message).toMatch(/^This contract was not created by Session's staking factory\. Sending funds to it may lose them/);
  });

  it("when the factory cannot be asked, nothing is sent and Retry asks again", async () => {
    const f = fakePorts({ owns: "unreadable" });
    const flow = createTxFlow(spec(), f.ports, options);
    await flow.start();
    expect(f.sent).toEqual([]);
    expect(flow.getState()).toMatchObject({ status: "failed", error: { kind: "untrusted", retryable: true } });
    await flow.retry();
    expect(f.verified).toEqual([CONTRACT, CONTRACT]);
    expect(f.sent).toEqual([]);
  });

  it("a vesting contract the chain does not confirm as the wallet's: its own sentence, nothing sent", async () => {
    const f = fakePorts({ owns: false });
    const VESTING = "0x5eeD5eED5EeD5Eed5eED5eED5EEd5eEd5EED5EED";
    const flow = createTxFlow(spec({ verify: [{ kind: "vesting", address: VESTING, beneficiary: ME }, { kind: "contribution", address: CONTRACT }] }), f.ports, options);
    await flow.start();
    expect(f.sent).toEqual([]);
    expect(f.verified).toEqual([VESTING]);
    expect(flow.getState().error?.message).toMatch(/^The chain does not confirm this vesting contract/);
  });

  it("a target neither configured nor declared is refused outright (a builder bug never reaches the wallet)", async () => {
    const f = fakePorts();
    const flow = createTxFlow(spec({ verify: [] }), f.ports, options);
    await flow.start();
    expect(f.sent).toEqual([]);
    expect(f.verified).toEqual([]);
    expect(flow.getState().error?.message).toContain(CONTRACT);
  });
});

describe("the pending store", () => {
  it("round-trips node effects with bigint ids and ignores corrupt entries", () => {
    const storage = memoryStorage();
    const store = createPendingStore(storage);
    store.add({ hash: hash(1), chainId: 1, account: ME, title: "t", label: "l", effects: [{ kind: "node", id: 12345678901234567890n }], sentAt: 1 });
    expect(store.list()[0]?.effects).toEqual([{ kind: "node", id: 12345678901234567890n }]);
    store.replace(hash(1), hash(2));
    expect(store.list().map((t) => t.hash)).toEqual([hash(2)]);
    storage.setItem("session-staking:pending-tx", "{not json");
    expect(store.list()).toEqual([]);
  });
});
