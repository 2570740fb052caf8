/**
 * The wallet cookies' names, and our account cookie's value, with no parser attached: the browser's
 * wallet code writes them (components/dapp/wallet/WalletBoot.tsx) without loading the server's
 * schema (lib/chain/wallet-cookie.ts reads them).
 */
import type { Address } from "viem";

/** wagmi's storage key: its cookies are `<key>.store`, `<key>.recentConnectorId`, `<key>.<connector>.connected`. */
export const WAGMI_STORAGE_KEY = "session-staking";

/** Our cookie: `{ account, chainId }` of the wallet this browser last connected (beside wagmi's, under its key). */
export const WALLET_ACCOUNT_COOKIE = `${WAGMI_STORAGE_KEY}.account`;

/** The account cookie's value. */
export function walletAccountCookieValue(account: Address, chainId: number | undefined): string {
  return encodeURIComponent(JSON.stringify({ account, chainId: chainId ?? null }));
}

/**
 * The vesting contract this browser acts as, per wallet: localStorage under this key plus the
 * wallet's lower-case address holds the choice (components/dapp/vesting/VestingSwitch.tsx); the
 * cookie of the same name mirrors the current wallet's choice, `{ wallet, vesting }`, so the server
 * renders the figures of the address that acts. Never read from a URL; the server offers it only
 * after its on-chain check (app/(dapp)/_account/acting.ts), and every write checks it again.
 */
export const ACTING_AS_KEY = `${WAGMI_STORAGE_KEY}.acting`;

export function actingAsCookieValue(wallet: Address, vesting: Address): string {
  return encodeURIComponent(JSON.stringify({ wallet, vesting }));
}
