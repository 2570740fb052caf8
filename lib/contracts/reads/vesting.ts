/**
 * Vesting contracts as the chain reads them (spec Appendix C.3): the nine views and the contract's
 * SESH balance, for any number of contracts in ONE multicall. A contract that does not answer the
 * views is left out rather than shown with invented figures.
 */
import type { Address, Client } from "viem";
import { seshAbi } from "@/lib/contracts/abi/sesh";
import { tokenVestingStakingAbi } from "@/lib/contracts/abi/tokenVestingStaking";
import { ReadBatch, viewRead } from "./multicall";

export type VestingChainState = {
  address: Address;
  beneficiary: Address;
  revoker: Address;
  transferableBeneficiary: boolean;
  /** unix seconds */
  start: bigint;
  end: bigint;
  revoked: boolean;
  sesh: Address;
  rewardsContract: Address;
  snContribFactory: Address;
  /** the SESH the contract holds now (unstaked), atomic */
  balance: bigint;
};

function vestingReads(token: Address, address: Address) {
  const v = { address, abi: tokenVestingStakingAbi } as const;
  return {
    beneficiary: viewRead({ ...v, functionName: "beneficiary" }),
    revoker: viewRead({ ...v, functionName: "revoker" }),
    transferableBeneficiary: viewRead({ ...v, functionName: "transferableBeneficiary" }),
    start: viewRead({ ...v, functionName: "start" }),
    end: viewRead({ ...v, functionName: "end" }),
    revoked: viewRead({ ...v, functionName: "revoked" }),
    sesh: viewRead({ ...v, functionName: "SESH" }),
    rewardsContract: viewRead({ ...v, functionName: "rewardsContract" }),
    snContribFactory: viewRead({ ...v, functionName: "snContribFactory" }),
    balance: viewRead({ address: token, abi: seshAbi, functionName: "balanceOf", args: [address] }),
  };
}

export async function readVestingContracts(client: Client, o: { multicall3: Address; token: Address; contracts: readonly Address[] }): Promise<VestingChainState[]> {
  const batch = new ReadBatch();
  const handles = o.contracts.map((address) => ({ address, h: batch.add(vestingReads(o.token, address)) }));
  await batch.run(client, o.multicall3);
  return handles.flatMap(({ address, h }) => {
    const r = h.get();
    if (r.beneficiary === null || r.revoker === null || r.transferableBeneficiary === null || r.start === null || r.end === null || r.revoked === null || r.sesh === null || r.rewardsContract === null || r.snContribFactory === null || r.balance === null) return [];
    return [{ address, beneficiary: r.beneficiary, revoker: r.revoker, transferableBeneficiary: r.transferableBeneficiary, start: r.start, end: r.end, revoked: r.revoked, sesh: r.sesh, rewardsContract: r.rewardsContract, snContribFactory: r.snContribFactory, balance: r.balance }];
  });
}
