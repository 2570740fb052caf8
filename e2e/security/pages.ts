/**
 * Every page kind the security specs visit: the marketing routes (as the site e2e lists them), the
 * staking routes with real devnet data, and a 404.
 */
import { devnetAccount, openContractAddress, readDevnet } from "../fixtures/devnet";
import { marketingPages } from "../site/site-routes";

export type VisitedPage = { path: string; kind: "static" | "dapp" | "404" };

export async function stakingPages(): Promise<string[]> {
  const devnet = readDevnet();
  return ["/stake", `/stake/${await openContractAddress()}`, "/nodes", "/nodes/1", "/mystakes", `/address/${devnetAccount(devnet, "whale").address}`];
}

export async function everyPage(): Promise<VisitedPage[]> {
  return [
    ...(await marketingPages()).map((path) => ({ path, kind: "static" as const })),
    ...(await stakingPages()).map((path) => ({ path, kind: "dapp" as const })),
    { path: "/no-such-page", kind: "404" },
  ];
}
