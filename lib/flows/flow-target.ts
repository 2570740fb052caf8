/**
 * What every write-flow builder is given: where it runs (the target's chain and configured
 * contracts, never an address from a URL) and who acts. The actor is one argument so that a new
 * caller (a vesting contract acting for its beneficiary, a batched call) is a case here, not a
 * copy of the flows.
 */
import type { Address } from "viem";

export type FlowTarget = {
  chainId: number;
  /** the target's configured contracts: the only ones a flow may send to without an on-chain check */
  contracts: { token: Address; rewards: Address; factory: Address };
};

/** Who acts: today the connected wallet itself, which signs and stakes. */
export type Actor = { kind: "wallet"; wallet: Address };

/** The address that holds the stake and receives the claim (the contributor on chain). */
export function stakerOf(actor: Actor): Address {
  return actor.wallet;
}

/** The configured contracts as a list (the engine's "no check needed" set). */
export function configuredContracts(t: FlowTarget): Address[] {
  return [t.contracts.token, t.contracts.rewards, t.contracts.factory];
}
