// The exact byte strings Session's contracts hash to G2 (spec §2.8), tightly packed:
// uint256 = 32 bytes big-endian, address = 20 bytes.
import { keccak_256 } from "@noble/hashes/sha3.js";
import type { G1 } from "./points";
import { concatBytes } from "@noble/hashes/utils.js";

type Hex = `0x${string}`;

function hexBytes(hex: string, length: number, what: string): Uint8Array {
  const body = hex.startsWith("0x") ? hex.slice(2) : hex;
  if (body.length !== length * 2 || !/^[0-9a-fA-F]*$/.test(body))
    throw new Error(`${what} must be ${length} bytes of hex`);
  return Uint8Array.from(Buffer.from(body, "hex"));
}

function uint256(value: bigint, what: string): Uint8Array {
  if (value < 0n || value >= 1n << 256n) throw new Error(`${what} must fit in a uint256`);
  return hexBytes(value.toString(16).padStart(64, "0"), 32, what);
}

/** keccak256(ASCII(base) ‖ uint256(chainId) ‖ address(contract)), as the rewards contract computes its tags. */
export function domainTag(base: string, chainId: bigint, contract: Hex): Hex {
  const digest = keccak_256(
    concatBytes(new TextEncoder().encode(base), uint256(chainId, "chainId"), hexBytes(contract, 20, "contract address")),
  );
  return `0x${Buffer.from(digest).toString("hex")}`;
}

/** popTag ‖ X ‖ Y ‖ operator ‖ ed25519 (148 bytes). */
export function popMessage(popTag: Hex, pk: G1, operator: Hex, ed25519: bigint): Uint8Array {
  return concatBytes(
    hexBytes(popTag, 32, "proofOfPossessionTag"),
    uint256(pk.X, "pubkey X"),
    uint256(pk.Y, "pubkey Y"),
    hexBytes(operator, 20, "operator address"),
    uint256(ed25519, "ed25519 pubkey"),
  );
}

/** rewardTag ‖ recipient ‖ amount (84 bytes). */
export function rewardMessage(rewardTag: Hex, recipient: Hex, amount: bigint): Uint8Array {
  return concatBytes(hexBytes(rewardTag, 32, "rewardTag"), hexBytes(recipient, 20, "recipient address"), uint256(amount, "amount"));
}

/** exitTag ‖ X ‖ Y ‖ timestamp (128 bytes). */
export function exitMessage(exitTag: Hex, pk: G1, timestamp: bigint): Uint8Array {
  return concatBytes(hexBytes(exitTag, 32, "exitTag"), uint256(pk.X, "pubkey X"), uint256(pk.Y, "pubkey Y"), uint256(timestamp, "timestamp"));
}

/** liquidateTag ‖ X ‖ Y ‖ timestamp (128 bytes). */
export function liquidateMessage(liquidateTag: Hex, pk: G1, timestamp: bigint): Uint8Array {
  return concatBytes(
    hexBytes(liquidateTag, 32, "liquidateTag"),
    uint256(pk.X, "pubkey X"),
    uint256(pk.Y, "pubkey Y"),
    uint256(timestamp, "timestamp"),
  );
}
