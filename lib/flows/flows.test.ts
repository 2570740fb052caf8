/**
 * The rule "every write goes only to a configured contract or to a contribution contract the
 * factory owns, checked on chain", walked over EVERY flow builder of lib/flows: the test finds the
 * builders itself, so a new flow without a case here fails it. Each case feeds the builder an
 * address as a URL would carry it (an attacker's contract) and checks where the spec would send.
 */
import { getAddress, type Address } from "viem";
import { describe, expect, it } from "vitest";
import type { FlowSpec } from "@/lib/tx/types";
import { unvouchedTargets, writeTargets } from "@/lib/tx/write-targets";
import { configuredContracts, type Actor, type FlowTarget, type VestingActor, type WalletActor } from "./flow-target";
import { claimFlow } from "./claim";
import { contributeFlow } from "./contribute";
import { exitFlow } from "./exit";
import { updateBeneficiaryFlow, withdrawContributionFlow } from "./manage-contribution";
import { operatorFlow } from "./operator";
import { createContributionContractFlow, registerSoloFlow } from "./register";
import { releaseVestingFlow, transferVestingBeneficiaryFlow } from "./vesting";

const T: FlowTarget = {
  chainId: 42161,
  contracts: {
    token: getAddress("0x10ea9e5303670331bdddfa66a4cea47dae4fcf3b"),
    rewards: getAddress("0xc2b9fc251ac068763ebdfdecc792e3352e351c00"),
    factory: getAddress("0x36ee2da54a7e727cc996a441826bbedda6336b71"),
  },
};
const WALLET = getAddress("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
const ACTOR: WalletActor = { kind: "wallet", wallet: WALLET };
/** a vesting contract the wallet acts through: the backend listed it, the engine checks it on chain */
const VESTING: VestingActor = { kind: "vesting", wallet: WALLET, vesting: getAddress("0x5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed") };
const BOTH: Actor[] = [ACTOR, VESTING];
/** what a phishing link carries */
const FROM_URL = getAddress("0xbadbadbadbadbadbadbadbadbadbadbadbadbad0");
/** an address typed as data (a rewards address, a new beneficiary): never a contract the flow sends to */
const TYPED = getAddress("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc");
const hex = (chars: number, digit = "1") => digit.repeat(chars);
const KEYS = { pubkey_bls: hex(128), sig_bls: hex(256), pubkey_ed25519: hex(64, "2"), sig_ed25519: hex(128, "3") };
const PLAN = { claimable: 7n, needsUpdate: true, capped: false, payableNow: 7n, capResetsAt: 0n };

const CASES: Record<string, (() => FlowSpec)[]> = {
  contributeFlow: BOTH.flatMap((actor) => (["stake", "topUp", "operatorShare"] as const).map((purpose) => () => contributeFlow(T, actor, { contract: FROM_URL, amount: 5_000_000_000_000n, beneficiary: null, purpose }))),
  withdrawContributionFlow: BOTH.map((actor) => () => withdrawContributionFlow(T, actor, { contract: FROM_URL, amount: 1n })),
  updateBeneficiaryFlow: BOTH.map((actor) => () => updateBeneficiaryFlow(T, actor, { contract: FROM_URL, beneficiary: WALLET })),
  operatorFlow: [
    () => operatorFlow(T, ACTOR, { contract: FROM_URL, action: "finalize" }),
    () => operatorFlow(T, ACTOR, { contract: FROM_URL, action: "reset" }),
    () => operatorFlow(T, ACTOR, { contract: FROM_URL, action: "fee", feeBasisPoints: 500 }),
    () => operatorFlow(T, ACTOR, { contract: FROM_URL, action: "reserved", reserved: [] }),
    () => operatorFlow(T, ACTOR, { contract: FROM_URL, action: "manualFinalize", manualFinalize: true }),
  ],
  registerSoloFlow: BOTH.map((actor) => () => registerSoloFlow(T, actor, { keys: KEYS, requirement: 25_000_000_000_000n, beneficiary: TYPED })),
  createContributionContractFlow: [() => createContributionContractFlow(T, ACTOR, { keys: KEYS, settings: { feeBasisPoints: 0, reserved: [], manualFinalize: false } })],
  claimFlow: BOTH.flatMap((actor) => [
    () => claimFlow(T, actor, { plan: PLAN, signed: { amount: 9n, signature: hex(256), nonSigners: [] } }),
    () => claimFlow(T, actor, { plan: { ...PLAN, needsUpdate: false, capped: true }, signed: null }),
  ]),
  exitFlow: BOTH.flatMap((actor) => [
    () => exitFlow(T, actor, { nodeId: 3n, step: "request", again: false }),
    () => exitFlow(T, actor, { nodeId: 3n, step: "signed", signed: { blsPubkey: hex(128), timestamp: 1_700_000_000, signature: hex(256), nonSigners: [] } }),
    () => exitFlow(T, actor, { nodeId: 3n, step: "afterWait" }),
  ]),
  releaseVestingFlow: [() => releaseVestingFlow(T, VESTING, { balance: 10n })],
  transferVestingBeneficiaryFlow: [() => transferVestingBeneficiaryFlow(T, VESTING, { newBeneficiary: TYPED })],
};

/** Every function named …Flow that a module of lib/flows exports. */
const builders = Object.entries(import.meta.glob<Record<string, unknown>>(["./*.ts", "!./*.test.ts"], { eager: true })).flatMap(([file, mod]) =>
  Object.entries(mod)
    .filter(([name, v]) => typeof v === "function" && name.endsWith("Flow"))
    .map(([name]) => `${file}:${name}`),
);

const configured = configuredContracts(T).map((a) => a.toLowerCase());
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

describe("every write flow sends only to configured or factory-checked contracts", () => {
  it("has cases for every builder in lib/flows", () => {
    expect(builders.map((b) => b.split(":")[1]).sort()).toEqual(Object.keys(CASES).sort());
  });

  const all = Object.entries(CASES).flatMap(([name, cases]) => cases.map((build, i) => [`${name} #${i + 1}`, build] as const));
  it.each(all)("%s", (_name, build) => {
    const spec = build();
    expect(spec.chainId).toBe(T.chainId);
    expect(spec.account).toBe(WALLET);
    // the engine's own rule holds: nothing undeclared
    expect(unvouchedTargets(spec, configuredContracts(T))).toEqual([]);
    for (const target of writeTargets(spec)) {
      if (configured.includes(target.toLowerCase())) continue;
      if (same(target, VESTING.vesting)) {
        // acting as a vesting contract: checked on chain as the wallet's, before anything is sent
        expect(spec.verify).toContainEqual({ kind: "vesting", address: VESTING.vesting, beneficiary: WALLET });
        continue;
      }
      // the only other address a spec may send to is the URL's, and then the factory must own it
      expect(same(target, FROM_URL)).toBe(true);
      expect(spec.verify).toContainEqual({ kind: "contribution", address: target });
    }
    // a contract named by the URL is checked whatever the actor, even when the vesting contract is the one called
    const argsText = JSON.stringify(spec.steps.map((st) => (st.kind === "call" ? st.call.args : [])), (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
    if (argsText.includes(FROM_URL)) {
      expect(spec.verify).toContainEqual({ kind: "contribution", address: FROM_URL });
    }
    for (const step of spec.steps) {
      if (step.kind !== "approve") continue;
      expect(same(step.token, T.contracts.token)).toBe(true);
      expect(step.amount).toBeGreaterThan(0n);
      // the call after the approval spends exactly the approved amount at the approved spender
      const next = spec.steps[spec.steps.indexOf(step) + 1];
      expect(next?.kind).toBe("call");
      if (next?.kind === "call") expect(JSON.stringify(next.call.args, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))).toContain(step.amount.toString());
    }
    for (const v of spec.verify ?? []) {
      // the wallet signs; a vesting contract is acted through only for its beneficiary, the wallet
      if (v.kind === "vesting") expect(v.beneficiary).toBe(spec.account);
    }
  });

  it("the rule itself refuses a target neither configured nor declared", () => {
    const spec = contributeFlow(T, ACTOR, { contract: FROM_URL, amount: 1n, beneficiary: null, purpose: "stake" });
    expect(unvouchedTargets({ ...spec, verify: [] }, configuredContracts(T))).toEqual([FROM_URL as Address]);
  });
});
