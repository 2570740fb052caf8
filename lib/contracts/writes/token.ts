/** SESH (Arbitrum SESHL2) writes: only the exact-amount approval the flows need. */
import type { Address } from "viem";
import { seshAbi } from "@/lib/contracts/abi/sesh";
import { writeCall, type WriteCall } from "./call";

/** approve(spender, amount): always the exact amount a step needs, never more, never unlimited. */
export function approveCall(token: Address, spender: Address, amount: bigint): WriteCall {
  if (amount <= 0n) throw new Error("an approval must be for a positive amount");
  return writeCall({ address: token, abi: seshAbi, functionName: "approve", args: [spender, amount] });
}
