import { readFileSync } from "node:fs";
import {
  BaseError,
  ContractFunctionRevertedError,
  createPublicClient,
  createWalletClient,
  custom,
  encodeErrorResult,
  UserRejectedRequestError,
  type Abi,
  type AbiParameter,
  type Hex,
} from "viem";
import { arbitrum } from "viem/chains";
import { describe, expect, it } from "vitest";
import { rewardRatePoolAbi } from "./abi/rewardRatePool";
import { serviceNodeContributionAbi } from "./abi/serviceNodeContribution";
import { serviceNodeContributionFactoryAbi } from "./abi/serviceNodeContributionFactory";
import { serviceNodeRewardsAbi } from "./abi/serviceNodeRewards";
import { seshAbi } from "./abi/sesh";
import { tokenVestingStakingAbi } from "./abi/tokenVestingStaking";
import { CUSTOM_ERROR_SENTENCES, REVERT_STRING_SENTENCES, customErrorSentence, describeError } from "./errors";
import { ATOMIC_PER_SESH as SESH } from "@/lib/staking/amounts";

const abis: Record<string, Abi> = { seshAbi, serviceNodeRewardsAbi, serviceNodeContributionAbi, serviceNodeContributionFactoryAbi, rewardRatePoolAbi, tokenVestingStakingAbi };

function sample(p: AbiParameter): unknown {
  if (p.type === "address") return "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
  if (p.type.startsWith("uint")) return 1_250n * SESH;
  if (p.type === "bool") return true;
  if (p.type === "tuple") return Object.fromEntries(("components" in p ? p.components ?? [] : []).map((c) => [c.name ?? "", sample(c)]));
  return "0x";
}

describe("the error table", () => {
  const errors = Object.entries(abis).flatMap(([abiName, abi]) => abi.filter((i) => i.type === "error").map((e) => ({ abiName, e })));

  it("has a sentence for every custom error of every ABI the dApp uses", () => {
    const missing = errors.filter(({ e }) => !(e.name in CUSTOM_ERROR_SENTENCES)).map(({ abiName, e }) => `${abiName}.${e.name}`);
    expect(missing).toEqual([]);
    expect(errors.length).toBeGreaterThan(60);
  });

  it("renders every sentence with sample arguments: no undefined, no raw error name", () => {
    for (const { e } of errors) {
      const args = e.inputs.map(sample);
      const s = customErrorSentence(e.name, args);
      expect(s, e.name).not.toMatch(/undefined|NaN|\[object/);
      expect(s, e.name).not.toContain(e.name);
      expect(s.length, e.name).toBeGreaterThan(15);
    }
  });

  it("says how much is left when a node filled up meanwhile", () => {
    // the user tried 5,000; with it the total would be 23,750 + 5,000 of 25,000 (nothing reserved)
    expect(customErrorSentence("ContributionExceedsStakingRequirement", [28_750n * SESH, 0n, 25_000n * SESH], { amount: 5_000n * SESH })).toBe(
      "This node filled up while you were confirming: 1,250 SESH is left.",
    );
  });

  it("dates an exit step that came too early, with the countdown", () => {
    const now = 1_700_000_000n;
    expect(customErrorSentence("LeaveRequestTooEarly", [7n, now + 3_000n, now])).toBe(
      "Too early for node #7: this is possible from 2023-11-14 23:03 UTC (in 50m) (a repeated exit request waits an hour after the last one, an exit without the network's signature 30 days after the first).",
    );
  });

  it("gives the withdrawal date with the countdown", () => {
    const contributed = 1_700_000_000n;
    expect(customErrorSentence("WithdrawTooEarly", [contributed, contributed + 3_600n, 86_400n])).toBe("You can withdraw 24 hours after your last contribution: from 2023-11-15 22:13 UTC (in 23h 0m).");
  });
});

describe("describeError", () => {
  it("decodes a revert from raw data with the ABIs, whichever contract raised it", () => {
    const raw = encodeErrorResult({ abi: serviceNodeRewardsAbi, errorName: "EnforcedPause" });
    const error = new BaseError("call failed", { cause: new ContractFunctionRevertedError({ abi: serviceNodeContributionAbi, functionName: "contributeFunds", data: raw }) });
    expect(describeError(error)).toMatchObject({ kind: "revert", errorName: "EnforcedPause", message: expect.stringContaining("paused") });
  });
  it("treats a wallet rejection as a calm, retryable outcome", () => {
    const e = new UserRejectedRequestError(new Error("User rejected the request."));
    expect(describeError(e)).toMatchObject({ kind: "rejected", retryable: true });
    expect(describeError({ code: 4001, message: "denied" })).toMatchObject({ kind: "rejected" });
  });
  it("names missing gas money, a wrong chain and a disconnected wallet", () => {
    expect(describeError(new Error("insufficient funds for gas * price + value")).message).toContain("too little ETH");
    expect(describeError({ name: "ChainMismatchError", message: "The current chain of the wallet (id: 1) does not match the target chain" }).message).toContain("another network");
    expect(describeError({ code: 4900, message: "Disconnected" }).message).toContain("disconnected");
  });
});

// The vesting contract reverts with Error(string). These errors are made by viem itself, from the
// JSON-RPC answers the nodes and wallets really give (captured from Hardhat 2.29, Arbitrum's Nitro
// node and MetaMask), through the same calls the engine makes: simulateContract and writeContract.
describe("the vesting contract's revert strings", () => {
  /** spec Appendix B and C.3, every string the live contract can revert with */
  const SPEC_REVERT_STRINGS = [
    "Vesting: Caller must be beneficiary",
    "Vesting: Caller must be revoker",
    "Vesting: token revoked",
    "Vesting: not started",
    "Vesting: beneficiary not transferable",
    "Vesting: no tokens are due",
    "Vesting: vesting expired",
    "Vesting: start_ after end_",
    "Vesting: start before current time",
    "Shared: Zero-address is not permitted",
    "Contract address is not a valid multi-contributor SN contract",
  ];
  const VESTING = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
  const WALLET = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
  const START = 1_767_225_600n; // 2026-01-01 00:00 UTC
  const errorString = (reason: string) =>
    encodeErrorResult({ abi: [{ type: "error", name: "Error", inputs: [{ type: "string", name: "message" }] }], errorName: "Error", args: [reason] });

  /** An RPC whose eth_call (and gas estimate) answers with `rpcError`, as a JSON-RPC error object. */
  const refusingRpc = (rpcError: { code: number; message: string; data?: unknown }) =>
    custom({
      request: async ({ method }: { method: string }) => {
        if (method === "eth_chainId") return "0xa4b1";
        throw rpcError;
      },
    }, { retryCount: 0 });
  const simulateClaim = (rpcError: { code: number; message: string; data?: unknown }) =>
    createPublicClient({ chain: arbitrum, transport: refusingRpc(rpcError) })
      .simulateContract({ account: WALLET, address: VESTING, abi: tokenVestingStakingAbi, functionName: "claimRewards", args: [] })
      .then(() => null, (e: unknown) => e);
  const sendClaim = (rpcError: { code: number; message: string; data?: unknown }) =>
    createWalletClient({ chain: arbitrum, transport: refusingRpc(rpcError) })
      .writeContract({ account: WALLET, chain: arbitrum, address: VESTING, abi: tokenVestingStakingAbi, functionName: "claimRewards", args: [] })
      .then(() => null, (e: unknown) => e);

  it("has a plain sentence for every revert string of the spec and of our stand-in, and for no other", () => {
    expect(Object.keys(REVERT_STRING_SENTENCES).sort()).toEqual([...SPEC_REVERT_STRINGS].sort());
    const source = readFileSync("contracts/TokenVestingStaking.sol", "utf8");
    const inContract = [...source.matchAll(/"((?:Vesting|Shared|Contract address)[^"]*)"/g)].map((m) => m[1]);
    expect(new Set(inContract)).toEqual(new Set(SPEC_REVERT_STRINGS));
    for (const reason of SPEC_REVERT_STRINGS) {
      for (const ctx of [{}, { vestingStart: START, vestingEnd: START + 31_536_000n }]) {
        const message = describeError(new ContractFunctionRevertedError({ abi: tokenVestingStakingAbi, functionName: "release", data: errorString(reason) }), ctx).message;
        expect(message, reason).not.toMatch(/undefined|NaN|\[object|Vesting:|Shared:/);
        expect(message.length, reason).toBeGreaterThan(30);
      }
    }
  });

  it("Hardhat's eth_call answer (code -32603, data inside data): the start date when the flow knows it", async () => {
    const error = await simulateClaim({
      code: -32603,
      message: "Error: VM Exception while processing transaction: reverted with reason string 'Vesting: not started'",
      data: { message: "Error: VM Exception while processing transaction: reverted with reason string 'Vesting: not started'", data: errorString("Vesting: not started") },
    });
    expect(describeError(error, { vestingStart: START })).toEqual({
      kind: "revert",
      message: "This vesting contract has not started yet: it can stake from 2026-01-01 00:00 UTC.",
      retryable: true,
      errorName: "Vesting: not started",
    });
    expect(describeError(error).message).toBe("This vesting contract has not started yet: it can stake once its start date has passed.");
  });

  it("an Arbitrum node's eth_call answer (code 3, 'execution reverted: …', data as hex)", async () => {
    const error = await simulateClaim({ code: 3, message: "execution reverted: Vesting: Caller must be revoker", data: errorString("Vesting: Caller must be revoker") });
    expect(describeError(error)).toEqual({
      kind: "revert",
      message: "Only this vesting contract's revoker can do this: once a vesting contract is revoked, its revoker acts for it, not its beneficiary.",
      retryable: false,
      errorName: "Vesting: Caller must be revoker",
    });
  });

  it("a wallet refusing at its gas estimate (MetaMask: an internal error wrapping the node's answer)", async () => {
    const error = await sendClaim({
      code: -32603,
      message: "Internal JSON-RPC error.",
      data: { code: 3, message: "execution reverted: Vesting: Caller must be beneficiary", data: errorString("Vesting: Caller must be beneficiary") },
    });
    expect(describeError(error)).toMatchObject({
      kind: "revert",
      message: "Only this vesting contract's beneficiary can do this, and the connected wallet is not (or no longer) its beneficiary.",
      errorName: "Vesting: Caller must be beneficiary",
    });
  });

  it("a wallet that kept only the message still gets the sentence; a bare 'execution reverted' does not", async () => {
    const kept = await sendClaim({ code: -32000, message: "execution reverted: Contract address is not a valid multi-contributor SN contract" });
    expect(describeError(kept)).toMatchObject({
      kind: "revert",
      message: "That node contract was not made by Session's staking factory: a vesting contract can only stake in nodes the factory created.",
      errorName: "Contract address is not a valid multi-contributor SN contract",
    });
    const bare = await sendClaim({ code: -32000, message: "execution reverted" });
    expect(describeError(bare)).toMatchObject({ kind: "revert", message: "The contract refused this transaction without saying why." });
    expect(describeError(bare).errorName).toBeUndefined();
  });

  it("dates 'no tokens are due' with the vesting's end, and retries it later", async () => {
    const error = await simulateClaim({ code: 3, message: "execution reverted: Vesting: no tokens are due", data: errorString("Vesting: no tokens are due") });
    expect(describeError(error, { vestingEnd: START })).toEqual({
      kind: "revert",
      message: "Nothing to withdraw yet: the tokens unlock when the vesting ends, 2026-01-01 00:00 UTC, and only what the contract holds (not what is staked or unclaimed) can be withdrawn.",
      retryable: true,
      errorName: "Vesting: no tokens are due",
    });
  });

  it("a staking contract's custom error bubbled up through the vesting contract keeps its own sentence", async () => {
    const error = await simulateClaim({ code: 3, message: "execution reverted", data: encodeErrorResult({ abi: serviceNodeRewardsAbi, errorName: "InvalidBLSProofOfPossession" }) as Hex });
    expect(describeError(error)).toMatchObject({ kind: "revert", errorName: "InvalidBLSProofOfPossession", message: CUSTOM_ERROR_SENTENCES.InvalidBLSProofOfPossession!([], {}) });
  });

  it("another contract's reason string is quoted, not called a custom error", async () => {
    const error = await simulateClaim({ code: 3, message: "execution reverted: Ownable: caller is not the owner", data: errorString("Ownable: caller is not the owner") });
    expect(describeError(error)).toEqual({ kind: "revert", message: 'The contract refused this: "Ownable: caller is not the owner".', retryable: false, errorName: "Error" });
  });
});
