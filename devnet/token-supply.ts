/**
 * Where the devnet's SESH comes from. On Arbitrum One the token (SESHL2) has no supply of its own:
 * every token is minted by the Arbitrum custom gateway's `bridgeMint` when SESH is bridged in from
 * Ethereum. The devnet does the same with a plain account in the gateway's place (Hardhat's #19,
 * which nothing else uses), so the one way to fund anything (the reward pool, the seeded stakes, the
 * test accounts, the faucet, e2e fixtures, contract tests) is a `bridgeMint` from that account.
 */
import type { Address } from "viem";
import { seshAbi } from "@/lib/contracts/abi/sesh";

/** Hardhat account #19 plays the Arbitrum L2 custom gateway. */
export const DEVNET_GATEWAY_INDEX = 19;

/**
 * The L1 token SESHL2 says it bridges (`l1Address()`): there is no Ethereum beside the devnet, so a
 * fixed placeholder address stands for it (no code there, nothing calls it).
 */
export const DEVNET_L1_TOKEN_ADDRESS: Address = "0x5e5500000000000000000000000000000000004C";

/** The `bridgeMint` call that gives `to` `amount` atomic SESH; the gateway account must send it. */
export function mintSeshCall(token: Address, to: Address, amount: bigint) {
  return { address: token, abi: seshAbi, functionName: "bridgeMint", args: [to, amount] } as const;
}
