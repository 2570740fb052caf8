import { decodeFunctionData, encodeFunctionData, type Hex } from "viem";
import { describe, expect, it } from "vitest";
import { paramsToBlsSignatureHex } from "@/lib/contracts/encoders";
import type { WriteCall } from "./call";
import { contributeFundsCall, finalizeCall, resetCall, updateBeneficiaryCall, withdrawContributionCall } from "./contribution";
import { exitAfterWaitCall, exitWithSignatureCall, initiateExitCall } from "./exit";
import { claimRewardsCall, updateRewardsBalanceCall } from "./rewards";
import { approveCall } from "./token";

const TOKEN = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const CONTRACT = "0x80E2E2367C5E9D070Ae2d6d50bF0cdF6360a7151";
const REWARDS = "0x0165878A594ca255338adfa4d48449f69242Eb8F";
const ME = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

const data = (c: WriteCall): Hex => encodeFunctionData({ abi: c.abi, functionName: c.functionName, args: c.args });

// selectors from spec §1.2, §2.4 and §3.3 (keccak of the canonical signatures)
describe("calldata builders", () => {
  it("approve: the exact amount to the given spender, never unlimited, never zero", () => {
    const d = data(approveCall(TOKEN, CONTRACT, 1_250_000_000_000n));
    expect(d.slice(0, 10)).toBe("0x095ea7b3");
    expect(decodeFunctionData({ abi: approveCall(TOKEN, CONTRACT, 1n).abi, data: d }).args).toEqual([CONTRACT, 1_250_000_000_000n]);
    expect(() => approveCall(TOKEN, CONTRACT, 0n)).toThrow();
  });
  it("contributeFunds(amount, beneficiary), the zero address meaning 'myself'", () => {
    const own = contributeFundsCall(CONTRACT, 5n, null);
    expect(data(own).slice(0, 10)).toBe("0x2816ee73");
    expect(own.args).toEqual([5n, "0x0000000000000000000000000000000000000000"]);
    expect(contributeFundsCall(CONTRACT, 5n, ME).args).toEqual([5n, ME]);
  });
  it("manage and operator calls", () => {
    expect(data(updateBeneficiaryCall(CONTRACT, ME)).slice(0, 10)).toBe("0x0aaffd2a");
    expect(data(withdrawContributionCall(CONTRACT))).toBe("0x0d616d20");
    expect(data(finalizeCall(CONTRACT))).toBe("0x4bb278f3");
    expect(data(resetCall(CONTRACT))).toBe("0xd826f88f");
  });
  it("claims: the whole balance or a part of it", () => {
    expect(data(claimRewardsCall(REWARDS))).toBe("0x372500ab");
    const part = data(claimRewardsCall(REWARDS, 7n));
    expect(part.slice(0, 10)).toBe("0x0962ef79");
    expect(BigInt(`0x${part.slice(10)}`)).toBe(7n);
  });
  it("updateRewardsBalance carries the signature split in sigs0..sigs3 and the non-signer ids", () => {
    const sig = { sigs0: 1n, sigs1: 2n, sigs2: 3n, sigs3: 4n };
    const call = updateRewardsBalanceCall(REWARDS, ME, 99n, paramsToBlsSignatureHex(sig), [3n, 9n]);
    expect(data(call).slice(0, 10)).toBe("0x7a6d4065");
    expect(call.args).toEqual([ME, 99n, sig, [3n, 9n]]);
  });
  it("exit: request, signed exit with the key and signature split into words, exit after the wait", () => {
    expect(data(initiateExitCall(REWARDS, 42n))).toBe(`0xd9054b09${(42n).toString(16).padStart(64, "0")}`);
    expect(data(exitAfterWaitCall(REWARDS, 7n))).toBe(`0xab0122ae${(7n).toString(16).padStart(64, "0")}`);
    const key = { X: 0x118cn, Y: 0x1c4fn };
    const sig = { sigs0: 1n, sigs1: 2n, sigs2: 3n, sigs3: 4n };
    const keyHex = key.X.toString(16).padStart(64, "0") + key.Y.toString(16).padStart(64, "0");
    const signed = exitWithSignatureCall(REWARDS, keyHex, 1_700_000_123, paramsToBlsSignatureHex(sig), [5n]);
    expect(data(signed).slice(0, 10)).toBe("0x95055ffd");
    expect(signed.args).toEqual([key, 1_700_000_123n, sig, [5n]]);
    expect(decodeFunctionData({ abi: signed.abi, data: data(signed) }).args).toEqual([key, 1_700_000_123n, sig, [5n]]);
    // a float or negative timestamp is not a signature the contract could check
    expect(() => exitWithSignatureCall(REWARDS, keyHex, 1.5, paramsToBlsSignatureHex(sig), [])).toThrow(/timestamp/);
    expect(() => exitWithSignatureCall(REWARDS, keyHex.slice(2), 1, paramsToBlsSignatureHex(sig), [])).toThrow(/BLS public key/);
  });
});

describe("registration and operator settings", () => {
  const keys = { pubkey_ed25519: "ab".repeat(32), pubkey_bls: "0c".repeat(64), sig_bls: "0e".repeat(128), sig_ed25519: `${"11".repeat(32)}${"22".repeat(32)}` };
  const FACTORY = "0xa513E6E4b8f2a923D98304ec87F64353C4D5C853";
  it("addBLSPublicKey: the operator alone with the whole requirement, its rewards address", async () => {
    const { addBLSPublicKeyCall } = await import("./register");
    const call = addBLSPublicKeyCall(REWARDS, keys, ME, null, 25_000_000_000_000n);
    expect(data(call).slice(0, 10)).toBe("0xbc7efecc");
    const [g1, , params, contributors] = call.args as [{ X: bigint }, unknown, { serviceNodePubkey: bigint; serviceNodeSignature1: bigint; serviceNodeSignature2: bigint; fee: number }, unknown];
    expect(g1.X).toBe(BigInt(`0x${"0c".repeat(32)}`));
    expect(params).toEqual({ serviceNodePubkey: BigInt(`0x${"ab".repeat(32)}`), serviceNodeSignature1: BigInt(`0x${"11".repeat(32)}`), serviceNodeSignature2: BigInt(`0x${"22".repeat(32)}`), fee: 0 });
    expect(contributors).toEqual([{ staker: { addr: ME, beneficiary: ME }, stakedAmount: 25_000_000_000_000n }]);
  });
  it("factory deploy and the operator's settings", async () => {
    const { deployContributionContractCall } = await import("./register");
    const { updateFeeCall, updateManualFinalizeCall, updateReservedContributorsCall } = await import("./contribution");
    const deploy = deployContributionContractCall(FACTORY, keys, 725, [{ addr: ME, amount: 5n }], true);
    expect(data(deploy).slice(0, 10)).toBe("0x8faff862");
    expect((deploy.args[2] as { fee: number }).fee).toBe(725);
    expect(deploy.args.slice(3)).toEqual([[{ addr: ME, amount: 5n }], true]);
    expect(data(updateFeeCall(CONTRACT, 725)).slice(0, 10)).toBe("0x2c6cda93");
    expect(data(updateReservedContributorsCall(CONTRACT, [])).slice(0, 10)).toBe("0x00e9a407");
    expect(data(updateManualFinalizeCall(CONTRACT, false)).slice(0, 10)).toBe("0x6cf72aa4");
  });
  it("reads the created contract's address from the factory's event", async () => {
    const { encodeEventTopics, encodeAbiParameters } = await import("viem");
    const { serviceNodeContributionFactoryAbi } = await import("@/lib/contracts/abi/serviceNodeContributionFactory");
    const { contributionContractFromLogs } = await import("@/lib/contracts/events");
    const topics = encodeEventTopics({ abi: serviceNodeContributionFactoryAbi, eventName: "NewServiceNodeContributionContract", args: { contributorContract: CONTRACT } });
    const log = { address: FACTORY as `0x${string}`, topics: topics as `0x${string}`[], data: encodeAbiParameters([{ type: "uint256" }, { type: "address" }], [1n, ME]) };
    expect(contributionContractFromLogs([{ ...log, address: TOKEN }, log], FACTORY)).toBe(CONTRACT);
    expect(contributionContractFromLogs([], FACTORY)).toBeNull();
  });
});
