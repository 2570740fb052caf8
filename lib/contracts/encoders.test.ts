import { describe, expect, it } from "vitest";
import {
  blsPubkeyHexToG1,
  blsSignatureHexToParams,
  ed25519HexToUint256,
  ed25519SignatureHexToWords,
  g1ToBlsPubkeyHex,
  paramsToBlsSignatureHex,
  uint256ToEd25519Hex,
} from "./encoders";

// Appendix A of the spec: a key and signature that Session's contract accepted.
const PUBKEY =
  "118c7a14188755cb285f38c9a3416340925c49b322fecd8ac879256bfd25d4f81c4f00185ffac2a999df2683fa5a886a964d908c95488b3f76f574f7fb3b77ed";
const SIGNATURE =
  "01a7996ef9728c9e168e28ac55794efaafae8a880a60ea70a4b073b58fffad9913d3d43b5bf435300d32d6d26ef8bac84599daafde7fc758582820702e2c084c15907454ee5f16ed2f695f72148f992cf9f3b7de050db41c7660625dd60f58d219ff79e10cf4415b48573015a650b16b5ce46f5155463a5b4adf591e31c347c7";

describe("BLS public key hex <-> G1Point", () => {
  it("splits X ‖ Y into two big-endian words", () => {
    expect(blsPubkeyHexToG1(PUBKEY)).toEqual({
      X: 0x118c7a14188755cb285f38c9a3416340925c49b322fecd8ac879256bfd25d4f8n,
      Y: 0x1c4f00185ffac2a999df2683fa5a886a964d908c95488b3f76f574f7fb3b77edn,
    });
  });

  it("round-trips, pads small coordinates to 64 hex each and accepts a 0x prefix", () => {
    expect(g1ToBlsPubkeyHex(blsPubkeyHexToG1(PUBKEY))).toBe(PUBKEY);
    expect(g1ToBlsPubkeyHex({ X: 1n, Y: 2n })).toBe("0".repeat(63) + "1" + "0".repeat(63) + "2");
    expect(blsPubkeyHexToG1("0x" + PUBKEY.toUpperCase())).toEqual(blsPubkeyHexToG1(PUBKEY));
  });

  it("names the field and the length on malformed input", () => {
    expect(() => blsPubkeyHexToG1(PUBKEY.slice(2))).toThrow("BLS public key must be 128 hex characters (64 bytes), got 126");
    expect(() => blsPubkeyHexToG1("zz" + PUBKEY.slice(2))).toThrow("BLS public key must contain only hex digits");
    expect(() => g1ToBlsPubkeyHex({ X: -1n, Y: 0n })).toThrow("BLS public key X must be a uint256");
    expect(() => g1ToBlsPubkeyHex({ X: 0n, Y: 1n << 256n })).toThrow("BLS public key Y must be a uint256");
  });
});

describe("BLS signature hex <-> BLSSignatureParams", () => {
  it("maps sigs0..sigs3 to the four 64-hex chunks in order", () => {
    const p = blsSignatureHexToParams(SIGNATURE);
    expect(p.sigs0).toBe(0x01a7996ef9728c9e168e28ac55794efaafae8a880a60ea70a4b073b58fffad99n);
    expect(p.sigs1).toBe(0x13d3d43b5bf435300d32d6d26ef8bac84599daafde7fc758582820702e2c084cn);
    expect(p.sigs2).toBe(0x15907454ee5f16ed2f695f72148f992cf9f3b7de050db41c7660625dd60f58d2n);
    expect(p.sigs3).toBe(0x19ff79e10cf4415b48573015a650b16b5ce46f5155463a5b4adf591e31c347c7n);
    expect(paramsToBlsSignatureHex(p)).toBe(SIGNATURE);
  });

  it("names the field and the length on malformed input", () => {
    expect(() => blsSignatureHexToParams(SIGNATURE + "00")).toThrow("BLS signature must be 256 hex characters (128 bytes), got 258");
    expect(() => blsSignatureHexToParams("")).toThrow("BLS signature must be 256 hex characters");
    expect(() => paramsToBlsSignatureHex({ sigs0: 0n, sigs1: 0n, sigs2: -5n, sigs3: 0n })).toThrow(
      "BLS signature sigs2 must be a uint256",
    );
  });
});

describe("Ed25519 hex <-> uint256 words", () => {
  const KEY = "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20";

  it("reads the key big-endian and writes it back with leading zeros kept", () => {
    expect(ed25519HexToUint256(KEY)).toBe(0x0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20n);
    expect(uint256ToEd25519Hex(ed25519HexToUint256(KEY))).toBe(KEY);
    expect(uint256ToEd25519Hex(255n)).toBe("0".repeat(62) + "ff");
  });

  it("splits a signature into bytes 0–31 and 32–63", () => {
    const sig = "aa".repeat(32) + "0b".repeat(32);
    expect(ed25519SignatureHexToWords(sig)).toEqual({ sig1: BigInt("0x" + "aa".repeat(32)), sig2: BigInt("0x" + "0b".repeat(32)) });
  });

  it("names the field and the length on malformed input", () => {
    expect(() => ed25519HexToUint256(KEY + "0")).toThrow("Ed25519 public key must be 64 hex characters (32 bytes), got 65");
    expect(() => ed25519SignatureHexToWords(KEY)).toThrow("Ed25519 signature must be 128 hex characters (64 bytes), got 64");
    expect(() => ed25519SignatureHexToWords("g".repeat(128))).toThrow("Ed25519 signature must contain only hex digits");
    expect(() => uint256ToEd25519Hex(1n << 256n)).toThrow("Ed25519 public key must be a uint256");
  });
});
