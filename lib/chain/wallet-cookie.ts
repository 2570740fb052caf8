/**
 * The account a page is rendered for, read on the server from a cookie of our own that the wallet
 * runtime writes when a wallet connects or switches account (components/dapp/wallet/WalletBoot.tsx),
 * so a page can show the account's figures before any wallet code runs; and whether the browser
 * connected a wallet before (wagmi's own cookie), to load the wallet stack at once. Not wagmi's
 * `.store` cookie: every tab writes that one, and a tab whose reconnect fails would clear the
 * account the others show. A cookie is what the browser claims, never proof of ownership: it only
 * chooses which public figures to show, and every write still goes through the wallet.
 */
import type { Address } from "viem";
import { z } from "zod";
import { ACTING_AS_KEY, WAGMI_STORAGE_KEY, WALLET_ACCOUNT_COOKIE } from "./wallet-cookie-names";

const accountSchema = z.object({
  account: z.string().regex(/^0x[0-9a-fA-F]{40}$/),
  chainId: z.number().int().nullable(),
});

export type StoredWallet = {
  /** the account the browser last connected, when it says one */
  account: Address | null;
  chainId: number | null;
  /** the browser connected a wallet before (wagmi will reconnect it): load the wallet stack at once */
  remembered: boolean;
};

function cookieValue(header: string, name: string): string | undefined {
  const pair = header.split(/;\s*/).find((x) => x.startsWith(`${name}=`));
  if (!pair) return undefined;
  const raw = pair.slice(name.length + 1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function storedWallet(cookieHeader: string | null | undefined): StoredWallet {
  const header = cookieHeader ?? "";
  const wagmiRemembers = cookieValue(header, `${WAGMI_STORAGE_KEY}.recentConnectorId`) !== undefined;
  const raw = cookieValue(header, WALLET_ACCOUNT_COOKIE);
  let parsed: z.infer<typeof accountSchema> | null = null;
  try {
    const r = raw ? accountSchema.safeParse(JSON.parse(raw)) : null;
    parsed = r?.success ? r.data : null;
  } catch {
    parsed = null;
  }
  return { account: (parsed?.account as Address | undefined) ?? null, chainId: parsed?.chainId ?? null, remembered: wagmiRemembers || parsed !== null };
}

const actingSchema = z.object({ wallet: z.string().regex(/^0x[0-9a-fA-F]{40}$/), vesting: z.string().regex(/^0x[0-9a-fA-F]{40}$/) });

/** The vesting contract the browser says this wallet acts as (a claim to check, like the account). */
export function storedActingAs(cookieHeader: string | null | undefined): { wallet: Address; vesting: Address } | null {
  const raw = cookieValue(cookieHeader ?? "", ACTING_AS_KEY);
  if (!raw) return null;
  try {
    const r = actingSchema.safeParse(JSON.parse(raw));
    return r.success ? { wallet: r.data.wallet as Address, vesting: r.data.vesting as Address } : null;
  } catch {
    return null;
  }
}
