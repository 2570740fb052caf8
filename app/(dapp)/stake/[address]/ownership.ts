/**
 * /stake/<address>'s first check, on the server: did the configured factory create this contract?
 * A URL can name any address, and a copy of the contribution contract that keeps the money answers
 * the same ABI. "notOwned" renders the warning without any form; "unknown" (chain slow or down)
 * leaves the decision to the browser's own read, which offers writes only once it reads `true`.
 */
import { createPublicClient, type Address } from "viem";
import { withDeadline } from "@/lib/async/deadline";
import { chainForTarget } from "@/lib/chain/chains";
import type { PublicTarget } from "@/lib/chain/targets";
import { transportForTarget } from "@/lib/chain/wagmi-config";
import { readFactoryOwns } from "@/lib/contracts/reads/factory-owns";
import { factoryOwnership, type FactoryOwnership } from "@/lib/staking/contract-trust";

const BUDGET_MS = 2_000;

export async function readOwnership(target: PublicTarget, contract: Address): Promise<FactoryOwnership> {
  try {
    const owns = await withDeadline(
      BUDGET_MS,
      (signal) => readFactoryOwns(createPublicClient({ chain: chainForTarget(target), transport: transportForTarget(target, { signal }) }), target.contracts.factory, contract),
      { what: "The factory check" },
    );
    return factoryOwnership(owns);
  } catch {
    return "unknown";
  }
}
