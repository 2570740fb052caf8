/**
 * Which contracts a write may touch (issue: no phishing path on our domain). The rewards contract,
 * the token and the factory come from the target's configuration; a contribution contract is
 * trusted only when the configured factory says it created it (`owns(address)`, spec §3.7), read
 * on chain. Anything a URL or a request carries is neither.
 */

/** How a contribution contract stands against the configured factory: read on chain, or not known. */
export type FactoryOwnership = "owned" | "notOwned" | "unknown";

export function factoryOwnership(owns: boolean | null | undefined): FactoryOwnership {
  return owns === true ? "owned" : owns === false ? "notOwned" : "unknown";
}

/** What the page and the transaction flow say about a contract the factory did not create. */
export const NOT_FROM_FACTORY_SENTENCE =
  "This contract was not created by Session's staking factory. Sending funds to it may lose them, so this app offers no way to: check the link you followed and stake from the list of open nodes instead.";

/** What the transaction flow says when a vesting contract the wallet acts through fails its on-chain check. */
export const VESTING_NOT_CONFIRMED_SENTENCE =
  "The chain does not confirm this vesting contract: this wallet is not its beneficiary, or it does not stake in Session's contracts. Nothing was sent.";

/** What they say when the factory could not be asked (the chain did not answer). */
export const FACTORY_UNCONFIRMED_SENTENCE =
  "This app could not confirm on chain that this contract was created by Session's staking factory, so nothing was sent. Retry when the chain answers again.";

/** …and when a vesting contract's check could not be read. */
export const VESTING_UNCONFIRMED_SENTENCE = "This app could not check the vesting contract on chain, so nothing was sent. Retry when the chain answers again.";
