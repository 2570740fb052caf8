/** Facts read from a transaction's receipt logs, decoded with the deployed ABIs. */
import { decodeEventLog, getAddress, type Address, type Hex } from "viem";
import { serviceNodeContributionFactoryAbi } from "@/lib/contracts/abi/serviceNodeContributionFactory";

type Log = { address: Address; topics: readonly Hex[]; data: Hex };

/** The contribution contract a factory `deploy` created: its NewServiceNodeContributionContract event. */
export function contributionContractFromLogs(logs: readonly Log[], factory: Address): Address | null {
  for (const log of logs) {
    if (log.address.toLowerCase() !== factory.toLowerCase() || log.topics.length === 0) continue;
    try {
      const e = decodeEventLog({ abi: serviceNodeContributionFactoryAbi, data: log.data, topics: log.topics as [Hex, ...Hex[]] });
      if (e.eventName === "NewServiceNodeContributionContract") return getAddress(e.args.contributorContract);
    } catch {
      /* another event of the factory */
    }
  }
  return null;
}
