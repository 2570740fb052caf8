// Pure conversions between the staking backend's hex strings (lower-case, no 0x) and the
// structs Session's contracts take (spec §2.2, §2.8, §5.1). Used by the dApp and the devnet.
// Every decoder throws an Error naming the field and the expected length on malformed input.

export type G1Words = { X: bigint; Y: bigint };
export type BlsSignatureParams = { sigs0: bigint; sigs1: bigint; sigs2: bigint; sigs3: bigint };
export type Ed25519SignatureWords = { sig1: bigint; sig2: bigint };

const UINT256_LIMIT = 1n << 256n;

/** Accepts an optional 0x prefix; demands exactly `hexChars` hex digits. */
function hexBody(value: string, field: string, hexChars: number): string {
  if (typeof value !== "string") throw new Error(`${field} must be a hex string of ${hexChars} characters`);
  const body = value.startsWith("0x") || value.startsWith("0X") ? value.slice(2) : value;
  if (body.length !== hexChars)
    throw new Error(`${field} must be ${hexChars} hex characters (${hexChars / 2} bytes), got ${body.length}`);
  if (!/^[0-9a-fA-F]*$/.test(body)) throw new Error(`${field} must contain only hex digits (0-9, a-f)`);
  return body;
}

/** Splits into 64-hex-char (32-byte) big-endian words. */
function words(body: string): bigint[] {
  const out: bigint[] = [];
  for (let i = 0; i < body.length; i += 64) out.push(BigInt("0x" + body.slice(i, i + 64)));
  return out;
}

function word(value: bigint, field: string): string {
  if (typeof value !== "bigint" || value < 0n || value >= UINT256_LIMIT)
    throw new Error(`${field} must be a uint256 (0 <= value < 2^256)`);
  return value.toString(16).padStart(64, "0");
}

/** BLS public key hex (X ‖ Y, 128 hex) -> G1Point. */
export function blsPubkeyHexToG1(hex128: string): G1Words {
  const [X, Y] = words(hexBody(hex128, "BLS public key", 128)) as [bigint, bigint];
  return { X, Y };
}

export function g1ToBlsPubkeyHex(p: G1Words): string {
  return word(p.X, "BLS public key X") + word(p.Y, "BLS public key Y");
}

/** BLS signature hex (sigs0 ‖ sigs1 ‖ sigs2 ‖ sigs3, 256 hex) -> BLSSignatureParams. */
export function blsSignatureHexToParams(hex256: string): BlsSignatureParams {
  const [sigs0, sigs1, sigs2, sigs3] = words(hexBody(hex256, "BLS signature", 256)) as [bigint, bigint, bigint, bigint];
  return { sigs0, sigs1, sigs2, sigs3 };
}

export function paramsToBlsSignatureHex(p: BlsSignatureParams): string {
  return (
    word(p.sigs0, "BLS signature sigs0") +
    word(p.sigs1, "BLS signature sigs1") +
    word(p.sigs2, "BLS signature sigs2") +
    word(p.sigs3, "BLS signature sigs3")
  );
}

/** Ed25519 public key hex (64 hex) -> uint256, big-endian. */
export function ed25519HexToUint256(hex64: string): bigint {
  return BigInt("0x" + hexBody(hex64, "Ed25519 public key", 64));
}

export function uint256ToEd25519Hex(v: bigint): string {
  return word(v, "Ed25519 public key");
}

/** Ed25519 signature hex (128 hex) -> (bytes 0–31, bytes 32–63) as two uint256 words. */
export function ed25519SignatureHexToWords(hex128: string): Ed25519SignatureWords {
  const [sig1, sig2] = words(hexBody(hex128, "Ed25519 signature", 128)) as [bigint, bigint];
  return { sig1, sig2 };
}
