/**
 * The BLS domain tags of a deployed rewards contract (spec §2.8). Read from its getters, never
 * recomputed: they bind the chain id and the proxy address the contract saw at initialisation.
 */
import type { Address, Hex, PublicClient } from "viem";
import { serviceNodeRewardsAbi } from "@/lib/contracts/abi/serviceNodeRewards";

export type Tags = { pop: Hex; reward: Hex; exit: Hex; liquidate: Hex; hashToG2: Hex };

export async function readTags(client: Pick<PublicClient, "readContract">, rewards: Address): Promise<Tags> {
  const read = (functionName: "proofOfPossessionTag" | "rewardTag" | "exitTag" | "liquidateTag" | "hashToG2Tag") =>
    client.readContract({ address: rewards, abi: serviceNodeRewardsAbi, functionName });
  const [pop, reward, exit, liquidate, hashToG2] = await Promise.all([
    read("proofOfPossessionTag"),
    read("rewardTag"),
    read("exitTag"),
    read("liquidateTag"),
    read("hashToG2Tag"),
  ]);
  return { pop, reward, exit, liquidate, hashToG2 };
}
