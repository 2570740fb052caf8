/**
 * Every page kind the security specs visit: the marketing routes (as the site e2e lists them), the
 * staking routes with real devnet data, and a 404.
 */
import type { DevnetState } from "../../lib/chain/devnet-state";
import { devnetAccount, openContractAddress } from "../fixtures/devnet";
import { marketingPages } from "../site/site-routes";

export type VisitedPage = { path: string; kind: "static" | "dapp" | "404" };

export async function stakingPages(devnet: DevnetState): Promise<string[]> {
  return ["/stake", `/stake/${await openContractAddress(devnet)}`, "/nodes", "/nodes/1", "/mystakes", "/watchlist", `/address/${devnetAccount(devnet, "whale").address}`];
}

export async function everyPage(devnet: DevnetState): Promise<VisitedPage[]> {
  return [
    ...(await marketingPages()).map((path) => ({ path, kind: "static" as const })),
    ...(await stakingPages(devnet)).map((path) => ({ path, kind: "dapp" as const })),
    { path: "/no-such-page", kind: "404" },
  ];
}
