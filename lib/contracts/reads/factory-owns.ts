/** Whether the configured factory created a contract (spec §3.7 `owns`): the gate of every write to a contribution contract. */
import type { Address, Client } from "viem";
import { readContract } from "viem/actions";
import { serviceNodeContributionFactoryAbi } from "@/lib/contracts/abi/serviceNodeContributionFactory";

export function readFactoryOwns(client: Client, factory: Address, contract: Address): Promise<boolean> {
  return readContract(client, { address: factory, abi: serviceNodeContributionFactoryAbi, functionName: "owns", args: [contract] });
}
