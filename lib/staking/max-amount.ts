/**
 * The one rule behind every amount field's "Max" button (the contribution, the operator's own stake,
 * a reserved slot): the lesser of what the wallet holds and what the node still needs. Pure.
 */
import { parseSesh } from "./amounts";

/**
 * The most an amount field may take: `stillNeeded` (what the node can still receive), capped by the
 * wallet's `balance` when the money is the wallet's own (null: not its money, or not read). Never negative.
 */
export function maxAmount(stillNeeded: bigint, balance: bigint | null): bigint {
  const cap = stillNeeded > 0n ? stillNeeded : 0n;
  if (balance === null || balance >= cap) return cap;
  return balance > 0n ? balance : 0n;
}

/**
 * What a node's `requirement` leaves once the amounts typed in the other fields of the same form
 * are counted (the operator's stake, the other reserved slots); a field that is empty or not an
 * amount counts as nothing.
 */
export function stillNeededBeside(requirement: bigint, otherFields: readonly string[]): bigint {
  const taken = otherFields.reduce((sum, text) => {
    const p = parseSesh(text);
    return sum + (p.ok ? p.atomic : 0n);
  }, 0n);
  return requirement > taken ? requirement - taken : 0n;
}
