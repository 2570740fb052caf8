/**
 * /stake/<address>'s first check, on the server: did the configured factory create this contract?
 * A URL can name any address, and a copy of the contribution contract that keeps the money answers
 * the same ABI. "notOwned" renders the warning without any form; "unknown" (chain slow or down)
 * leaves the decision to the browser's own read, which offers writes only once it reads `true`.
 * Through the server cache: a burst of views of one link asks the chain once per block.
 */
import "server-only";
import type { Address } from "viem";
import { withDeadline } from "@/lib/async/deadline";
import type { PublicTarget } from "@/lib/chain/targets";
import { readFactoryOwns } from "@/lib/contracts/reads/factory-owns";
import { cachedChainRead } from "@/lib/server-cache/chain-read";
import { factoryOwnership, type FactoryOwnership } from "@/lib/staking/contract-trust";

const BUDGET_MS = 2_000;

export async function readOwnership(target: PublicTarget, contract: Address): Promise<FactoryOwnership> {
  try {
    const owns = await withDeadline(BUDGET_MS, () => cachedChainRead(target, `owns|${contract.toLowerCase()}`, (client) => readFactoryOwns(client, target.contracts.factory, contract)), { what: "The factory check" });
    return factoryOwnership(owns);
  } catch {
    return "unknown";
  }
}
