import { BaseError, ContractFunctionRevertedError, encodeErrorResult, UserRejectedRequestError, type Abi, type AbiParameter } from "viem";
import { describe, expect, it } from "vitest";
import { rewardRatePoolAbi } from "./abi/rewardRatePool";
import { serviceNodeContributionAbi } from "./abi/serviceNodeContribution";
import { serviceNodeContributionFactoryAbi } from "./abi/serviceNodeContributionFactory";
import { serviceNodeRewardsAbi } from "./abi/serviceNodeRewards";
import { seshAbi } from "./abi/sesh";
import { CUSTOM_ERROR_SENTENCES, customErrorSentence, describeError } from "./errors";
import { ATOMIC_PER_SESH as SESH } from "@/lib/staking/amounts";

const abis: Record<string, Abi> = { seshAbi, serviceNodeRewardsAbi, serviceNodeContributionAbi, serviceNodeContributionFactoryAbi, rewardRatePoolAbi };

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
