// ABI compatibility with Session's live contracts: every selector and topic the spec lists must
// come out of our compiled ABIs unchanged, so the same dApp code works on the devnet, Arbitrum
// Sepolia and Arbitrum One. The committed snapshot is re-extracted from the spec when present.
import { existsSync, readFileSync } from "node:fs";
import { keccak256, toBytes, type Abi } from "viem";
import { describe, expect, it } from "vitest";
import { canonicalSignature } from "@/devnet/contract-build";
import { seshAbi } from "@/lib/contracts/abi/sesh";
import { serviceNodeRewardsAbi } from "@/lib/contracts/abi/serviceNodeRewards";
import { serviceNodeContributionAbi } from "@/lib/contracts/abi/serviceNodeContribution";
import { serviceNodeContributionFactoryAbi } from "@/lib/contracts/abi/serviceNodeContributionFactory";
import { rewardRatePoolAbi } from "@/lib/contracts/abi/rewardRatePool";
import { tokenVestingStakingAbi } from "@/lib/contracts/abi/tokenVestingStaking";
import {
  defaultSpecPath,
  extractSpecSelectors,
  renderSnapshot,
  snapshotPath,
  type SelectorKind,
  type SpecContract,
  type SpecSelectors,
} from "@/scripts/extract-spec-selectors";

const snapshot = JSON.parse(readFileSync(snapshotPath, "utf8")) as SpecSelectors;

const ours: Record<SpecContract, Abi> = {
  sesh: seshAbi,
  serviceNodeRewards: serviceNodeRewardsAbi,
  serviceNodeContribution: serviceNodeContributionAbi,
  serviceNodeContributionFactory: serviceNodeContributionFactoryAbi,
  rewardRatePool: rewardRatePoolAbi,
  tokenVestingStaking: tokenVestingStakingAbi,
};

/** Spec rows that belong to other deployments of the same name, with the reason. */
const notOnDevnet: Record<SpecContract, Record<string, string>> = {
  // the dApp's token ABI is Arbitrum One's SESHL2 (contracts/SESHL2.sol): the L1
  // token's permit and bridge-registration rows belong to Ethereum, where the dApp does not run
  sesh: {
    "DOMAIN_SEPARATOR()": "L1 SESH permit (EIP-712); SESHL2 has none",
    "eip712Domain()": "L1 SESH permit (EIP-5267); SESHL2 has none",
    "nonces(address)": "L1 SESH permit; SESHL2 has none",
    "permit(address,address,uint256,uint256,uint8,bytes32,bytes32)": "L1 SESH permit; SESHL2 has none",
    "gateway()": "L1 bridge registration only",
    "isArbitrumEnabled()": "L1 bridge registration only",
    "registerTokenOnL2(address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,address)": "L1 only",
    "router()": "L1 only",
    "ECDSAInvalidSignature()": "L1 permit machinery",
    "ECDSAInvalidSignatureLength(uint256)": "L1 permit machinery",
    "ECDSAInvalidSignatureS(bytes32)": "L1 permit machinery",
    "ERC2612ExpiredSignature(uint256)": "L1 permit machinery",
    "ERC2612InvalidSigner(address,address)": "L1 permit machinery",
    "InvalidAccountNonce(address,uint256)": "L1 permit machinery",
    "InvalidShortString()": "L1 permit machinery",
    "StringTooLong(string)": "L1 permit machinery",
  },
  serviceNodeRewards: {
    "exitNodeBySNID(uint64[])": "TestnetServiceNodeRewards debug function",
    "requestExitNodeBySNID(uint64[])": "TestnetServiceNodeRewards debug function",
  },
  serviceNodeContribution: {},
  serviceNodeContributionFactory: {},
  rewardRatePool: {},
  tokenVestingStaking: {},
};

type Entry = { signature: string; selector: string };

/** Our ABI's functions, events and errors as canonical signature -> selector/topic. */
function ourSelectors(abi: Abi): Record<SelectorKind, Map<string, Entry>> {
  const out: Record<SelectorKind, Map<string, Entry>> = { functions: new Map(), events: new Map(), errors: new Map() };
  for (const item of abi) {
    if (item.type !== "function" && item.type !== "event" && item.type !== "error") continue;
    const signature = canonicalSignature(item);
    const hash = keccak256(toBytes(signature));
    const kind: SelectorKind = item.type === "function" ? "functions" : item.type === "event" ? "events" : "errors";
    out[kind].set(signature, { signature, selector: item.type === "event" ? hash : hash.slice(0, 10) });
  }
  return out;
}

describe.each(Object.keys(ours) as SpecContract[])("%s ABI against the spec", (contract) => {
  const mine = ourSelectors(ours[contract]);

  it.each(["functions", "events", "errors"] as SelectorKind[])("has every spec %s with the spec's selector", (kind) => {
    const spec = snapshot[contract][kind];
    const missing: string[] = [];
    const mismatched: string[] = [];
    for (const [signature, selector] of Object.entries(spec)) {
      const entry = mine[kind].get(signature);
      if (!entry) {
        if (!notOnDevnet[contract][signature]) missing.push(signature);
        continue;
      }
      if (entry.selector !== selector) mismatched.push(`${signature}: ours ${entry.selector}, spec ${selector}`);
    }
    expect(missing, `spec ${kind} missing from our ${contract} ABI`).toEqual([]);
    expect(mismatched).toEqual([]);
  });

  it("declares no spec-named item with different parameter types", () => {
    const specNames = new Set(
      (["functions", "events", "errors"] as SelectorKind[]).flatMap((kind) =>
        Object.keys(snapshot[contract][kind]).map((sig) => `${kind}:${sig.slice(0, sig.indexOf("("))}`),
      ),
    );
    const strays: string[] = [];
    for (const kind of ["functions", "events", "errors"] as SelectorKind[]) {
      for (const signature of mine[kind].keys()) {
        const name = signature.slice(0, signature.indexOf("("));
        if (specNames.has(`${kind}:${name}`) && !(signature in snapshot[contract][kind])) strays.push(signature);
      }
    }
    expect(strays).toEqual([]);
  });

  it("only leaves out spec rows that belong to other deployments", () => {
    for (const signature of Object.keys(notOnDevnet[contract])) {
      const listed = (["functions", "events", "errors"] as SelectorKind[]).some((k) => signature in snapshot[contract][k]);
      expect(listed, `${signature} is allow-listed but not in the spec`).toBe(true);
    }
  });
});

describe("the token ABI the dApp speaks", () => {
  const dapp = ourSelectors(seshAbi);
  it("is Arbitrum's SESHL2: no permit, nonces or EIP-712 domain, so no flow can rely on them", () => {
    for (const sig of ["permit(address,address,uint256,uint256,uint8,bytes32,bytes32)", "nonces(address)", "DOMAIN_SEPARATOR()", "eip712Domain()"]) {
      expect(dapp.functions.has(sig), sig).toBe(false);
    }
    expect(dapp.functions.has("bridgeMint(address,uint256)")).toBe(true);
  });
});

describe("the vesting contract's ABI", () => {
  it("has the portal ABI's 30 entries: the constructor, the spec's functions and events, and the four library errors", () => {
    const mine = ourSelectors(tokenVestingStakingAbi);
    const spec = snapshot.tokenVestingStaking;
    // exactly the spec's set: a stray public function would be a call the live contract lacks
    expect([...mine.functions.keys()].sort()).toEqual(Object.keys(spec.functions).sort());
    expect([...mine.events.keys()].sort()).toEqual(Object.keys(spec.events).sort());
    // spec C.3 names these without types; the types are OpenZeppelin 5.0's
    expect([...mine.errors.keys()].sort()).toEqual(["AddressEmptyCode(address)", "AddressInsufficientBalance(address)", "FailedInnerCall()", "SafeERC20FailedOperation(address)"]);
    const constructor = tokenVestingStakingAbi.find((item) => item.type === "constructor");
    expect(constructor?.inputs.map((p) => `${p.type} ${p.name}`)).toEqual([
      "address beneficiary_",
      "address revoker_",
      "uint256 start_",
      "uint256 end_",
      "bool transferableBeneficiary_",
      "address rewardsContract_",
      "address snContribFactory_",
      "address sesh_",
    ]);
    expect(tokenVestingStakingAbi.length).toBe(30);
  });

  it("marks the nine views as views and the writes as nonpayable", () => {
    const views = tokenVestingStakingAbi.filter((i) => i.type === "function" && i.stateMutability === "view").map((i) => ("name" in i ? i.name : ""));
    expect(views.sort()).toEqual(["SESH", "beneficiary", "end", "revoked", "revoker", "rewardsContract", "snContribFactory", "start", "transferableBeneficiary"]);
    const writes = tokenVestingStakingAbi.filter((i) => i.type === "function" && i.stateMutability !== "view");
    expect(writes.every((i) => i.type === "function" && i.stateMutability === "nonpayable")).toBe(true);
  });
});

describe("spec selector snapshot", () => {
  it("covers the dApp's key calls", () => {
    expect(snapshot.serviceNodeRewards.functions["addBLSPublicKey((uint256,uint256),(uint256,uint256,uint256,uint256),(uint256,uint256,uint256,uint16),((address,address),uint256)[])"]).toBe("0xbc7efecc");
    expect(snapshot.serviceNodeRewards.functions["claimRewards()"]).toBe("0x372500ab");
    expect(snapshot.serviceNodeContribution.functions["contributeFunds(uint256,address)"]).toBe("0x2816ee73");
    expect(Object.keys(snapshot.serviceNodeRewards.errors).length).toBeGreaterThan(30);
    // Appendix B's table, C.3's views table and C.3's prose (the admin writes)
    expect(snapshot.tokenVestingStaking.functions["contributeFunds(address,uint256,address)"]).toBe("0x43cac780");
    expect(snapshot.tokenVestingStaking.functions["start()"]).toBe("0xbe9a6555");
    expect(snapshot.tokenVestingStaking.functions["revoke(address)"]).toBe("0x74a8f103");
    expect(snapshot.tokenVestingStaking.events["TokensReleased(address,uint256)"]).toBe("0xc7798891864187665ac6dd119286e44ec13f014527aeeb2b8eb3fd413df93179");
  });

  it.skipIf(!existsSync(defaultSpecPath))("equals a fresh extraction from ../shared/spec", () => {
    const fresh = renderSnapshot(extractSpecSelectors(readFileSync(defaultSpecPath, "utf8")));
    expect(readFileSync(snapshotPath, "utf8")).toBe(fresh);
  });
});
