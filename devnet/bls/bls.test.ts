import { describe, expect, it } from "vitest";
import { appendixA } from "./appendixA";
import { hashToG2, hexToBytes, mapToTwist } from "./hashToG2";
import { aggregatePublicKeys, blsPublicKey, blsSecretKeyFromSeed } from "./keys";
import { domainTag, exitMessage, liquidateMessage, popMessage, rewardMessage } from "./messages";
import { aggregateSignatures, blsSign, blsVerify, signatureToHex } from "./sign";
import {
  blsPubkeyHexToG1,
  blsSignatureHexToParams,
  g1ToBlsPubkeyHex,
  paramsToBlsSignatureHex,
} from "@/lib/contracts/encoders";
import type { G2 } from "./points";

const toHex = (bytes: Uint8Array) => "0x" + Buffer.from(bytes).toString("hex");
const sigHex = (s: G2) => paramsToBlsSignatureHex({ sigs0: s.xReal, sigs1: s.xImag, sigs2: s.yReal, sigs3: s.yImag });
const sigFromHex = (hex: string): G2 => {
  const p = blsSignatureHexToParams(hex);
  return { xReal: p.sigs0, xImag: p.sigs1, yReal: p.sigs2, yImag: p.sigs3 };
};
const A = appendixA;

describe("Appendix A vector (Session's contract bytecode)", () => {
  it("derives the public key from secret key 0x1234567890abcdef", () => {
    expect(g1ToBlsPubkeyHex(blsPublicKey(A.secretKey))).toBe(A.pubkeyHex);
  });

  it("recomputes the domain tags for chain 1 and the vector's contract", () => {
    expect(domainTag("BLS_SIG_TRYANDINCREMENT_POP", A.chainId, A.contract)).toBe(A.proofOfPossessionTag);
    expect(domainTag("BLS_SIG_TRYANDINCREMENT_REWARD", A.chainId, A.contract)).toBe(A.rewardTag);
    expect(domainTag("BLS_SIG_HASH_TO_FIELD_TAG", A.chainId, A.contract)).toBe(A.hashToG2Tag);
  });

  it("matches the spec's derived Arbitrum One tags", () => {
    const proxy = "0xC2B9fC251aC068763EbDfdecc792E3352E351c00";
    expect(domainTag("BLS_SIG_TRYANDINCREMENT_EXIT", 42161n, proxy)).toBe(
      "0x130a247491e7d86e4558eee311c8069b287bcbbec42abcf394a62f094ced0e2a",
    );
    expect(domainTag("BLS_SIG_TRYANDINCREMENT_LIQUIDATE", 42161n, proxy)).toBe(
      "0x9dfecf2e180dfeadf1955ee168feb02c597064b025dd7ada0a114855d13ced3b",
    );
  });

  it("builds the 148-byte PoP message and the 84-byte reward message byte for byte", () => {
    const pk = blsPubkeyHexToG1(A.pubkeyHex);
    const pop = popMessage(A.proofOfPossessionTag, pk, A.operator, A.ed25519);
    expect(pop.length).toBe(148);
    expect(toHex(pop)).toBe(A.popMessage);
    const reward = rewardMessage(A.rewardTag, A.operator, A.rewardAmount);
    expect(reward.length).toBe(84);
    expect(toHex(reward)).toBe(A.rewardMessage);
    expect(exitMessage(A.proofOfPossessionTag, pk, 1n).length).toBe(128);
    expect(liquidateMessage(A.proofOfPossessionTag, pk, 1n).length).toBe(128);
  });

  it("hashes the PoP message to exactly the vector's H(m)", () => {
    const h = hashToG2(hexToBytes(A.popMessage), A.hashToG2Tag);
    expect([h.xImag, h.xReal, h.yImag, h.yReal]).toEqual(A.popHashEip197);
  });

  it("needed counter 2 for this message (two counters without a root were skipped)", () => {
    const tag = hexToBytes(A.hashToG2Tag);
    expect(mapToTwist(hexToBytes(A.popMessage), tag).counter).toBe(2);
  });

  it("produces the vector's PoP signature and reward signature", () => {
    expect(sigHex(blsSign(A.secretKey, hexToBytes(A.popMessage), A.hashToG2Tag))).toBe(A.popSignatureHex);
    expect(sigHex(blsSign(A.secretKey, hexToBytes(A.rewardMessage), A.hashToG2Tag))).toBe(A.rewardSignatureHex);
    expect(signatureToHex(blsSign(A.secretKey, hexToBytes(A.rewardMessage), A.hashToG2Tag))).toBe(A.rewardSignatureHex);
  });

  it("verifies the vector's signatures and rejects them on another message or key", () => {
    const pk = blsPubkeyHexToG1(A.pubkeyHex);
    const pop = hexToBytes(A.popMessage);
    const reward = hexToBytes(A.rewardMessage);
    expect(blsVerify(pk, pop, A.hashToG2Tag, sigFromHex(A.popSignatureHex))).toBe(true);
    expect(blsVerify(pk, reward, A.hashToG2Tag, sigFromHex(A.rewardSignatureHex))).toBe(true);
    expect(blsVerify(pk, reward, A.hashToG2Tag, sigFromHex(A.popSignatureHex))).toBe(false);
    expect(blsVerify(blsPublicKey(A.secretKey + 1n), pop, A.hashToG2Tag, sigFromHex(A.popSignatureHex))).toBe(false);
  });

  it("rejects a signature with swapped limbs (off the curve) without throwing", () => {
    const s = sigFromHex(A.popSignatureHex);
    const swapped = { xReal: s.xImag, xImag: s.xReal, yReal: s.yImag, yImag: s.yReal };
    expect(blsVerify(blsPubkeyHexToG1(A.pubkeyHex), hexToBytes(A.popMessage), A.hashToG2Tag, swapped)).toBe(false);
  });
});

describe("devnet keys and aggregation", () => {
  it("derives the same key from the same seed and different keys from different seeds", () => {
    expect(blsSecretKeyFromSeed("node-1")).toBe(blsSecretKeyFromSeed("node-1"));
    expect(blsSecretKeyFromSeed("node-1")).not.toBe(blsSecretKeyFromSeed("node-2"));
  });

  it("verifies an aggregate of 3 signatures against the sum of the 3 keys, not against 2 of them", () => {
    const sks = ["a", "b", "c"].map(blsSecretKeyFromSeed);
    const msg = rewardMessage(A.rewardTag, A.operator, 123_000_000_000n);
    const agg = aggregateSignatures(sks.map((sk) => blsSign(sk, msg, A.hashToG2Tag)));
    const pks = sks.map(blsPublicKey);
    expect(blsVerify(aggregatePublicKeys(pks), msg, A.hashToG2Tag, agg)).toBe(true);
    expect(blsVerify(aggregatePublicKeys(pks.slice(0, 2)), msg, A.hashToG2Tag, agg)).toBe(false);
  });

  it("treats the empty aggregate as the identity (0, 0)", () => {
    expect(aggregatePublicKeys([])).toEqual({ X: 0n, Y: 0n });
    const pk = blsPublicKey(7n);
    expect(aggregatePublicKeys([pk, { X: 0n, Y: 0n }])).toEqual(pk);
  });

  it("refuses a zero secret key", () => {
    expect(() => blsPublicKey(0n)).toThrow(/secret key/);
  });
});
