/**
 * What the browser's wallet cookies say, read on the server: wagmi keeps its state in cookies under
 * one key (lib/chain/wagmi-config.ts), so a page can be rendered for the connected account before
 * any wallet code runs, and the wallet stack loaded at once only for a visitor who connected
 * before. A cookie is what the browser claims, never proof of ownership: it only chooses which
 * public figures to show, and every write still goes through the wallet.
 */
import type { Address } from "viem";
import { z } from "zod";

/** wagmi's storage key: its cookies are `<key>.store`, `<key>.recentConnectorId`, `<key>.<connector>.connected`. */
export const WAGMI_STORAGE_KEY = "session-staking";

const address = z.string().regex(/^0x[0-9a-fA-F]{40}$/) as unknown as z.ZodType<Address>;

/** The part of wagmi's `.store` cookie read here: its connections (a serialised Map) and the current one. */
const storeSchema = z.object({
  state: z.object({
    connections: z.object({ __type: z.literal("Map"), value: z.array(z.tuple([z.string(), z.object({ accounts: z.array(address), chainId: z.number().int() })])) }),
    current: z.string().nullable(),
  }),
});

export type StoredWallet = {
  /** the account of the current connection, when the cookie names one */
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
  const remembered = cookieValue(header, `${WAGMI_STORAGE_KEY}.recentConnectorId`) !== undefined;
  const store = cookieValue(header, `${WAGMI_STORAGE_KEY}.store`);
  if (!store) return { account: null, chainId: null, remembered };
  let parsed: z.infer<typeof storeSchema>;
  try {
    const r = storeSchema.safeParse(JSON.parse(store));
    if (!r.success) return { account: null, chainId: null, remembered };
    parsed = r.data;
  } catch {
    return { account: null, chainId: null, remembered };
  }
  const current = parsed.state.connections.value.find(([uid]) => uid === parsed.state.current)?.[1];
  return { account: current?.accounts[0] ?? null, chainId: current?.chainId ?? null, remembered: remembered || current !== undefined };
}
