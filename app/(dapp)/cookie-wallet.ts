/** The account the wallet cookies name, for a dApp page rendered on the server (lib/chain/wallet-cookie.ts). */
import "server-only";
import { headers } from "next/headers";
import type { Address } from "viem";
import { storedWallet } from "@/lib/chain/wallet-cookie";

export async function cookieAccount(): Promise<Address | null> {
  return storedWallet((await headers()).get("cookie")).account;
}
