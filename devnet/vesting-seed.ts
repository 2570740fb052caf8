/**
 * The seeded world's vesting contracts (world-plan VESTING_CONTRACTS): deployed by the deployer
 * with the live constructor (spec Appendix C.3), as Session's investor deploy script does, before
 * the node list is seeded (one of them stakes a seeded node). Funding and the revocation are sent by
 * the seeder with the rest; the simulated backend gets the same list the real one reads from its CSV.
 */
import { createWalletClient, getAddress, http, nonceManager, zeroAddress, type Abi, type Address, type Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { hardhatAddress, hardhatKey } from "./accounts";
import { devnetChain } from "./deploy";
import type { ChainContext } from "./simulator/chain";
import type { VestingRow } from "./simulator/vesting";
import { VESTING_CONTRACTS, type VestingPlan } from "./world-plan";
import { ATOMIC_PER_SESH } from "@/lib/staking/amounts";


export type SeededVesting = {
  key: VestingPlan["key"];
  address: Address;
  beneficiary: Address;
  /** the zero address: not revocable */
  revoker: Address;
  /** unix seconds */
  start: number;
  end: number;
  transferableBeneficiary: boolean;
  /** atomic */
  initialAmount: bigint;
  /** the Hardhat account that revokes it while seeding, or null */
  revokedBy: number | null;
};

/** Deploys every planned vesting contract, its times counted from `now` (unix seconds), and waits for them. */
export async function deployVestingContracts(ctx: ChainContext, artifact: { abi: Abi; bytecode: Hex }, now: number): Promise<SeededVesting[]> {
  // the seeder's own nonce manager (viem's shared one), so its later sends from the deployer follow on
  const client = createWalletClient({ account: privateKeyToAccount(hardhatKey(0), { nonceManager }), chain: devnetChain, transport: http(ctx.rpcUrl) });
  const planned = VESTING_CONTRACTS.map((p) => ({
    plan: p,
    beneficiary: hardhatAddress(p.beneficiary),
    revoker: p.revoker === null ? zeroAddress : hardhatAddress(p.revoker),
    start: now + p.startInSeconds,
    end: now + p.startInSeconds + p.durationSeconds,
  }));
  // one after the other: an automining node refuses a nonce that arrives before the one it expects
  const hashes: Hex[] = [];
  for (const v of planned) {
    hashes.push(
      await client.deployContract({
        abi: artifact.abi,
        bytecode: artifact.bytecode,
        args: [v.beneficiary, v.revoker, BigInt(v.start), BigInt(v.end), v.plan.transferable, ctx.addresses.rewards, ctx.addresses.factory, ctx.addresses.token],
        gas: 3_000_000n,
      }),
    );
  }
  const receipts = await Promise.all(hashes.map((hash) => ctx.publicClient.waitForTransactionReceipt({ hash, pollingInterval: 20, timeout: 30_000 })));
  return planned.map((v, i) => {
    const r = receipts[i];
    if (r?.status !== "success" || !r.contractAddress) throw new Error(`Seeding: the vesting contract "${v.plan.key}" was not deployed (tx ${hashes[i]})`);
    return {
      key: v.plan.key,
      address: getAddress(r.contractAddress),
      beneficiary: v.beneficiary,
      revoker: v.revoker,
      start: v.start,
      end: v.end,
      transferableBeneficiary: v.plan.transferable,
      initialAmount: v.plan.sesh * ATOMIC_PER_SESH,
      revokedBy: v.plan.revoke ? v.plan.revoker : null,
    };
  });
}

/** The backend's list (its CSV's rows). */
export function vestingRows(seeded: readonly SeededVesting[]): VestingRow[] {
  return seeded.map((v) => ({
    address: v.address,
    initialBeneficiary: v.beneficiary,
    revoker: v.revoker,
    initialAmount: v.initialAmount,
    timeStart: v.start,
    timeEnd: v.end,
    transferableBeneficiary: v.transferableBeneficiary,
  }));
}
