import { keccak_256 } from "@noble/hashes/sha3.js";
import { concatBytes } from "@noble/hashes/utils.js";

// expand_message_xmd from RFC 9380 §5.3.1, instantiated with Keccak-256
// (output 32 bytes, input block 136 bytes), as Session's hash-to-G2 uses it.
const OUTPUT_BYTES = 32;
const BLOCK_BYTES = 136;

export function expandMessageXmdKeccak(message: Uint8Array, dst: Uint8Array, lenInBytes: number): Uint8Array {
  if (dst.length > 255) throw new Error("expand_message_xmd: DST longer than 255 bytes");
  const ell = Math.ceil(lenInBytes / OUTPUT_BYTES);
  if (ell > 255 || lenInBytes > 65535) throw new Error("expand_message_xmd: output too long");
  const dstPrime = concatBytes(dst, Uint8Array.of(dst.length));
  const zPad = new Uint8Array(BLOCK_BYTES);
  const libStr = Uint8Array.of(lenInBytes >> 8, lenInBytes & 0xff);
  const b0 = keccak_256(concatBytes(zPad, message, libStr, Uint8Array.of(0), dstPrime));
  const blocks: Uint8Array[] = [keccak_256(concatBytes(b0, Uint8Array.of(1), dstPrime))];
  for (let i = 2; i <= ell; i++) {
    const previous = blocks[blocks.length - 1] as Uint8Array;
    const mixed = b0.map((byte, k) => byte ^ (previous[k] as number));
    blocks.push(keccak_256(concatBytes(mixed, Uint8Array.of(i), dstPrime)));
  }
  return concatBytes(...blocks).slice(0, lenInBytes);
}
