/**
 * What every write-flow builder is given: where it runs (the target's chain and configured
 * contracts, never an address from a URL) and who acts. The actor is one argument so that a new
 * caller is a case here, not a copy of the flows: the wallet itself, or a vesting contract the
 * wallet is the beneficiary of (spec Appendix B: the wallet calls the vesting contract, which
 * stakes, claims and exits as itself).
 */
import type { Address } from "viem";
import type { ContractToVerify } from "@/lib/tx/types";

export type FlowTarget = {
  chainId: number;
  /** the target's configured contracts: the only ones a flow may send to without an on-chain check */
  contracts: { token: Address; rewards: Address; factory: Address };
};

export type WalletActor = { kind: "wallet"; wallet: Address };
/** The wallet acting as a vesting contract it is the beneficiary of (checked on chain before any flow runs). */
export type VestingActor = { kind: "vesting"; wallet: Address; vesting: Address };
export type Actor = WalletActor | VestingActor;

/** The address that holds the stake and receives the claim (the contributor on chain). */
export function stakerOf(actor: Actor): Address {
  return actor.kind === "vesting" ? actor.vesting : actor.wallet;
}

/** What the engine checks on chain about the actor itself before the first step (nothing for a wallet). */
export function actorChecks(actor: Actor): ContractToVerify[] {
  return actor.kind === "vesting" ? [{ kind: "vesting", address: actor.vesting, beneficiary: actor.wallet }] : [];
}

/** The configured contracts as a list (the engine's "no check needed" set). */
export function configuredContracts(t: FlowTarget): Address[] {
  return [t.contracts.token, t.contracts.rewards, t.contracts.factory];
}
