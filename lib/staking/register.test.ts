import { describe, expect, it } from "vitest";
import { parsePastedRegistration, soloBlocker, validateMultiRegistration, validateRegistrationKeys, type MultiContext, type MultiInput, wizardContractVerdict } from "./register";
import { ATOMIC_PER_SESH as SESH } from "./amounts";

const OP = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const A = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const B = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const keys = { pubkey_ed25519: "ab".repeat(32), pubkey_bls: "cd".repeat(64), sig_bls: "ef".repeat(128), sig_ed25519: "12".repeat(64) };

describe("registration keys", () => {
  it("accepts exact hex, normalising case and 0x", () => {
    expect(validateRegistrationKeys({ ...keys, pubkey_bls: `0x${keys.pubkey_bls.toUpperCase()}` })).toEqual({ ok: true, keys });
  });
  it("says per field what is wrong: missing, not hex, wrong length", () => {
    const r = validateRegistrationKeys({ pubkey_ed25519: "", pubkey_bls: keys.pubkey_bls.slice(2), sig_bls: `${keys.sig_bls.slice(1)}g`, sig_ed25519: keys.sig_ed25519 });
    expect(r).toEqual({
      ok: false,
      issues: {
        pubkey_ed25519: "Paste the Ed25519 public key.",
        pubkey_bls: "The BLS public key must be 128 hex characters (64 bytes); this one has 126.",
        sig_bls: 'The BLS proof of possession contains "g", which is not a hex digit (0-9, a-f).',
      },
    });
  });
  it("reads a pasted registration or a /registrations answer", () => {
    expect(parsePastedRegistration(JSON.stringify({ operator: OP, ...keys, timestamp: 1.5 }))).toEqual({ ok: true, registration: { ...keys, operator: OP } });
    expect(parsePastedRegistration(JSON.stringify({ network: {}, registrations: [{ ...keys, operator: OP }] }))).toMatchObject({ ok: true });
    expect(parsePastedRegistration("{nope")).toMatchObject({ ok: false, error: expect.stringContaining("not JSON") });
    expect(parsePastedRegistration(JSON.stringify({ ...keys, sig_bls: undefined }))).toEqual({ ok: false, error: 'The pasted JSON has no "sig_bls" field (the BLS proof of possession).' });
  });
});

describe("multi-contributor settings", () => {
  const ctx: MultiContext = { requirement: 25_000n * SESH, maxContributors: 10n, operator: OP, balance: 100_000n * SESH, isAddress: () => true, forbidden: [] };
  const input = (over: Partial<MultiInput> = {}): MultiInput => ({ operatorStake: "6250", fee: "5", reserved: [], autoActivate: true, ...over });

  it("no reserved slots: an empty reservation list, the operator's 25 %, auto-activation", () => {
    expect(validateMultiRegistration(input(), ctx)).toEqual({ ok: true, settings: { operatorStake: 6_250n * SESH, feeBasisPoints: 500, reserved: [], manualFinalize: false } });
  });
  it("reserved slots: the operator first, then each slot", () => {
    const r = validateMultiRegistration(input({ reserved: [{ address: A, amount: "18750" }], autoActivate: false }), ctx);
    expect(r).toEqual({ ok: true, settings: { operatorStake: 6_250n * SESH, feeBasisPoints: 500, reserved: [{ addr: OP, amount: 6_250n * SESH }, { addr: A, amount: 18_750n * SESH }], manualFinalize: true } });
  });
  it("an operator stake below 25 %, above the requirement, above the balance", () => {
    const stakeIssue = (text: string, c = ctx) => {
      const r = validateMultiRegistration(input({ operatorStake: text }), c);
      return r.ok ? null : r.issues.operatorStake;
    };
    expect(stakeIssue("6249.999999999")).toBe("The operator stakes at least 25 % of the requirement: 6,250 SESH.");
    expect(stakeIssue("25000.000000001")).toBe("A node needs 25,000 SESH in all: the operator cannot stake more.");
    expect(stakeIssue("7000", { ...ctx, balance: 6_999n * SESH })).toBe("Your wallet holds 6,999 SESH, less than that.");
  });
  it("a slot below its minimum, a duplicate, reservations above the requirement, the operator itself", () => {
    const slotIssues = (reserved: MultiInput["reserved"]) => {
      const r = validateMultiRegistration(input({ reserved }), ctx);
      return r.ok ? null : r.issues.reserved;
    };
    // 18,750 left for 9 slots: the 2nd contributor needs ceil(18,750 / 9)
    expect(slotIssues([{ address: A, amount: "2000" }])).toEqual([{ amount: "The 2nd contributor's slot needs at least 2,083.333333334 SESH." }]);
    expect(slotIssues([{ address: A, amount: "10000" }, { address: A.toLowerCase(), amount: "5000" }])).toEqual([null, { address: "This address already has a slot." }]);
    expect(slotIssues([{ address: A, amount: "10000" }, { address: B, amount: "9000" }])).toEqual([null, { amount: "Only 8,750 SESH is left of the requirement for this slot." }]);
    expect(slotIssues([{ address: OP, amount: "5000" }])).toEqual([{ address: "That is your own address: your stake is the operator's slot." }]);
    expect(slotIssues([{ address: "0x0000000000000000000000000000000000000000", amount: "5000" }])).toEqual([{ address: "The zero address cannot hold a slot." }]);
  });
  it("at most nine other slots", () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ address: `0x${(i + 1).toString(16).padStart(40, "0")}`, amount: "1875" }));
    const r = validateMultiRegistration(input({ reserved: many }), ctx);
    expect(r.ok ? null : r.issues.slots).toBe("A node has at most 10 contributors: 9 reserved slots besides yours.");
  });
  it("a solo node needs the whole requirement in the wallet, and ETH for gas", () => {
    expect(soloBlocker({ requirement: 25_000n * SESH, balance: 24_999n * SESH, ethBalance: 1n, isAddress: () => true, forbidden: [] })).toBe("A solo node needs 25,000 SESH; your wallet holds 24,999 SESH.");
    expect(soloBlocker({ requirement: 25_000n * SESH, balance: 25_000n * SESH, ethBalance: 0n, isAddress: () => true, forbidden: [] })).toContain("no ETH");
    expect(soloBlocker({ requirement: 25_000n * SESH, balance: 25_000n * SESH, ethBalance: 1n, isAddress: () => true, forbidden: [] })).toBeNull();
  });
});

describe("the contract a resumed registration link names", () => {
  const ED = "ab".repeat(32);
  const ME = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
  const facts = { operator: ME.toLowerCase(), ed25519Pubkey: BigInt(`0x${ED}`), ownedByFactory: true as boolean | null };
  const expected = { operator: ME, ed25519Hex: ED };

  it("is staked into only when the factory created it, for this node, with this wallet as operator", () => {
    expect(wizardContractVerdict(facts, true, expected)).toEqual({ kind: "ok" });
  });
  it("a copy the factory did not create is refused with the phishing sentence", () => {
    const v = wizardContractVerdict({ ...facts, ownedByFactory: false }, true, expected);
    expect(v.kind === "refused" && v.reason).toMatch(/^This contract was not created by Session's staking factory/);
  });
  it("another operator's contract, another node's, or no contract at all: refused; not read yet or owns unknown: still checking", () => {
    expect(wizardContractVerdict({ ...facts, operator: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC" }, true, expected).kind).toBe("refused");
    expect(wizardContractVerdict({ ...facts, ed25519Pubkey: 7n }, true, expected).kind).toBe("refused");
    expect(wizardContractVerdict(null, true, expected).kind).toBe("refused");
    expect(wizardContractVerdict(null, false, expected).kind).toBe("checking");
    expect(wizardContractVerdict({ ...facts, ownedByFactory: null }, true, expected).kind).toBe("checking");
  });
});
