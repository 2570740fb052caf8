/**
 * The chain facts every dApp page shows, read in ONE multicall whatever the number of contracts
 * and nodes: registry totals and claim-cycle state, pool rate, block clock, the wallet's balances
 * and rewards record, and per contribution contract / per registered node the values the pages
 * and the write flows need. Typed from the ABIs (see ./multicall.ts); a value that could not be
 * read is null, and a contract whose core reads failed is left out rather than shown as zeros.
 */
import type { Address, Client } from "viem";
import { rewardRatePoolAbi } from "@/lib/contracts/abi/rewardRatePool";
import { serviceNodeContributionAbi } from "@/lib/contracts/abi/serviceNodeContribution";
import { serviceNodeContributionFactoryAbi } from "@/lib/contracts/abi/serviceNodeContributionFactory";
import { serviceNodeRewardsAbi } from "@/lib/contracts/abi/serviceNodeRewards";
import { decodeContributionStatus, type ContributionStatus } from "@/lib/staking/contract-state";
import { seshAbi } from "@/lib/contracts/abi/sesh";
import { multicall3ClockAbi, ReadBatch, viewRead, type BatchHandle } from "./multicall";

export type ContractAddresses = { token: Address; rewards: Address; factory: Address; pool: Address; multicall3: Address };

export type ContributorOnChain = { address: Address; beneficiary: Address; amount: bigint };
export type ReservationOnChain = { address: Address; amount: bigint; received: boolean };

/** The wallet's own position in a contribution contract (only when an account is given). */
export type WalletInContract = {
  contribution: bigint;
  /** unix seconds of the wallet's latest contribution (0 = never) */
  contributionTimestamp: bigint;
  /** SESH the wallet lets this contract pull */
  allowance: bigint;
};

export type ContributionChainState = {
  address: Address;
  status: ContributionStatus;
  operator: Address;
  feeBasisPoints: number;
  ed25519Pubkey: bigint;
  contributions: ContributorOnChain[];
  reservations: ReservationOnChain[];
  /** null when the contract reverts (nothing left / no slot). */
  minimumContribution: bigint | null;
  stakingRequirement: bigint;
  maxContributors: bigint;
  /**
   * Only with `detail`: the stored BLS key and finalize mode, and whether the configured factory
   * created this contract (`owns`, spec §3.7; null when that read failed). A page offers writes to
   * a contract only when this is true.
   */
  detail?: { blsPubkey: { X: bigint; Y: bigint } | null; manualFinalize: boolean | null; ownedByFactory: boolean | null };
  wallet?: WalletInContract;
};

export type RegisteredNodeChainState = {
  id: bigint;
  /** false once the node left the registry (its record is zeroed) */
  registered: boolean;
  operator: Address;
  deposit: bigint;
  addedTimestamp: bigint;
  leaveRequestTimestamp: bigint;
  latestLeaveRequestTimestamp: bigint;
  blsPubkey: { X: bigint; Y: bigint };
  ed25519Pubkey: bigint;
  contributors: ContributorOnChain[];
};

export type RegistryChainState = {
  totalNodes: bigint | null;
  stakingRequirement: bigint | null;
  maxContributors: bigint | null;
  claimThreshold: bigint | null;
  claimCycle: bigint | null;
  currentClaimTotal: bigint | null;
  currentClaimCycle: bigint | null;
  paused: boolean | null;
  rewardRatePerBlock: bigint | null;
  blockNumber: bigint | null;
  blockTimestamp: bigint | null;
};

/**
 * The registry contract's exit and liquidation rules (spec §2.3): constants and owner-set values,
 * read with the snapshot so countdowns and penalties use the deployed contract's own numbers.
 */
export type ExitRulesChainState = {
  maxExitWaitTime: bigint | null;
  minTimeBeforeRepeatedLeaveRequest: bigint | null;
  smallContributorLeaveDelay: bigint | null;
  smallContributorDivisor: bigint | null;
  signatureExpiry: bigint | null;
  liquidatorRewardRatio: bigint | null;
  poolShareOfLiquidationRatio: bigint | null;
  recipientRatio: bigint | null;
  /** ids below it were registered once (a removed node's record is zeroed) */
  nextServiceNodeID: bigint | null;
};

export type AccountChainState = {
  balance: bigint | null;
  /** native ETH, for gas */
  ethBalance: bigint | null;
  /** lifetime authorised (recipients(a).rewards) */
  rewards: bigint | null;
  /** lifetime claimed (recipients(a).claimed) */
  claimed: bigint | null;
};

export type ChainSnapshot = {
  registry: RegistryChainState;
  exitRules: ExitRulesChainState;
  account: AccountChainState | null;
  contracts: ContributionChainState[];
  nodes: RegisteredNodeChainState[];
  /** registry ids of the asked Ed25519 keys (0 = not registered) */
  keyIds: { ed25519: bigint; id: bigint }[];
};

export type ChainSnapshotRequest = {
  addresses: ContractAddresses;
  contributionContracts: readonly Address[];
  nodeIds: readonly bigint[];
  account?: Address;
  /** Also read each contract's keys, finalize mode and the factory's `owns` (pages that offer writes). */
  detail?: boolean;
  /** Ed25519 keys whose registry id to read (a contribution contract's node once it registered). */
  ed25519Keys?: readonly bigint[];
};

const ZERO = "0x0000000000000000000000000000000000000000";

function registryReads(a: ContractAddresses) {
  const r = { address: a.rewards, abi: serviceNodeRewardsAbi } as const;
  return {
    totalNodes: viewRead({ ...r, functionName: "totalNodes" }),
    stakingRequirement: viewRead({ ...r, functionName: "stakingRequirement" }),
    maxContributors: viewRead({ ...r, functionName: "maxContributors" }),
    claimThreshold: viewRead({ ...r, functionName: "claimThreshold" }),
    claimCycle: viewRead({ ...r, functionName: "claimCycle" }),
    currentClaimTotal: viewRead({ ...r, functionName: "currentClaimTotal" }),
    currentClaimCycle: viewRead({ ...r, functionName: "currentClaimCycle" }),
    paused: viewRead({ ...r, functionName: "paused" }),
    rewardRate: viewRead({ address: a.pool, abi: rewardRatePoolAbi, functionName: "rewardRate" }),
    blockNumber: viewRead({ address: a.multicall3, abi: multicall3ClockAbi, functionName: "getBlockNumber" }),
    blockTimestamp: viewRead({ address: a.multicall3, abi: multicall3ClockAbi, functionName: "getCurrentBlockTimestamp" }),
  };
}

function exitRuleReads(a: ContractAddresses) {
  const r = { address: a.rewards, abi: serviceNodeRewardsAbi } as const;
  return {
    maxExitWaitTime: viewRead({ ...r, functionName: "MAX_SERVICE_NODE_EXIT_WAIT_TIME" }),
    minTimeBeforeRepeatedLeaveRequest: viewRead({ ...r, functionName: "MIN_TIME_BEFORE_REPEATED_LEAVE_REQUEST" }),
    smallContributorLeaveDelay: viewRead({ ...r, functionName: "SMALL_CONTRIBUTOR_LEAVE_DELAY" }),
    smallContributorDivisor: viewRead({ ...r, functionName: "SMALL_CONTRIBUTOR_DIVISOR" }),
    signatureExpiry: viewRead({ ...r, functionName: "signatureExpiry" }),
    liquidatorRewardRatio: viewRead({ ...r, functionName: "liquidatorRewardRatio" }),
    poolShareOfLiquidationRatio: viewRead({ ...r, functionName: "poolShareOfLiquidationRatio" }),
    recipientRatio: viewRead({ ...r, functionName: "recipientRatio" }),
    nextServiceNodeID: viewRead({ ...r, functionName: "nextServiceNodeID" }),
  };
}

function accountReads(a: ContractAddresses, account: Address) {
  return {
    balance: viewRead({ address: a.token, abi: seshAbi, functionName: "balanceOf", args: [account] }),
    ethBalance: viewRead({ address: a.multicall3, abi: multicall3EthAbi, functionName: "getEthBalance", args: [account] }),
    recipient: viewRead({ address: a.rewards, abi: serviceNodeRewardsAbi, functionName: "recipients", args: [account] }),
  };
}

function contractReads(address: Address) {
  const c = { address, abi: serviceNodeContributionAbi } as const;
  return {
    status: viewRead({ ...c, functionName: "status" }),
    operator: viewRead({ ...c, functionName: "operator" }),
    params: viewRead({ ...c, functionName: "serviceNodeParams" }),
    contributions: viewRead({ ...c, functionName: "getContributions" }),
    reserved: viewRead({ ...c, functionName: "getReserved" }),
    minimumContribution: viewRead({ ...c, functionName: "minimumContribution" }),
    stakingRequirement: viewRead({ ...c, functionName: "stakingRequirement" }),
    maxContributors: viewRead({ ...c, functionName: "maxContributors" }),
  };
}

function contractDetailReads(factory: Address, address: Address) {
  const c = { address, abi: serviceNodeContributionAbi } as const;
  return {
    blsPubkey: viewRead({ ...c, functionName: "blsPubkey" }),
    manualFinalize: viewRead({ ...c, functionName: "manualFinalize" }),
    ownedByFactory: viewRead({ address: factory, abi: serviceNodeContributionFactoryAbi, functionName: "owns", args: [address] }),
  };
}

function walletInContractReads(token: Address, address: Address, account: Address) {
  const c = { address, abi: serviceNodeContributionAbi } as const;
  return {
    contribution: viewRead({ ...c, functionName: "contributions", args: [account] }),
    contributionTimestamp: viewRead({ ...c, functionName: "contributionTimestamp", args: [account] }),
    allowance: viewRead({ address: token, abi: seshAbi, functionName: "allowance", args: [account, address] }),
  };
}

function nodeReads(rewards: Address, id: bigint) {
  return { node: viewRead({ address: rewards, abi: serviceNodeRewardsAbi, functionName: "serviceNodes", args: [id] }) };
}

const multicall3EthAbi = [
  { type: "function", name: "getEthBalance", stateMutability: "view", inputs: [{ name: "addr", type: "address" }], outputs: [{ name: "balance", type: "uint256" }] },
] as const;

type ContractHandles = {
  address: Address;
  core: BatchHandle<ReturnType<typeof contractReads>>;
  detail?: BatchHandle<ReturnType<typeof contractDetailReads>>;
  wallet?: BatchHandle<ReturnType<typeof walletInContractReads>>;
};

function decodeContract(h: ContractHandles): ContributionChainState | null {
  const v = h.core.get();
  // a contract that does not answer these is not a ServiceNodeContribution (or the call failed):
  // leave it out rather than invent its figures
  if (v.status === null || v.operator === null || v.params === null || v.contributions === null || v.reserved === null || v.stakingRequirement === null || v.maxContributors === null) return null;
  const status = decodeContributionStatus(v.status);
  if (status === null) return null;
  const [addrs, beneficiaries, amounts] = v.contributions;
  const [resAddrs, resAmounts, resReceived] = v.reserved;
  const state: ContributionChainState = {
    address: h.address,
    status,
    operator: v.operator,
    feeBasisPoints: v.params.fee,
    ed25519Pubkey: v.params.serviceNodePubkey,
    contributions: addrs.map((address, i) => ({ address, beneficiary: beneficiaries[i] ?? address, amount: amounts[i] ?? 0n })),
    reservations: resAddrs.map((address, i) => ({ address, amount: resAmounts[i] ?? 0n, received: resReceived[i] ?? false })),
    minimumContribution: v.minimumContribution,
    stakingRequirement: v.stakingRequirement,
    maxContributors: v.maxContributors,
  };
  if (h.detail) {
    const d = h.detail.get();
    state.detail = { blsPubkey: d.blsPubkey ? { X: d.blsPubkey[0], Y: d.blsPubkey[1] } : null, manualFinalize: d.manualFinalize, ownedByFactory: d.ownedByFactory };
  }
  if (h.wallet) {
    const w = h.wallet.get();
    if (w.contribution !== null && w.contributionTimestamp !== null && w.allowance !== null) {
      state.wallet = { contribution: w.contribution, contributionTimestamp: w.contributionTimestamp, allowance: w.allowance };
    }
  }
  return state;
}

function decodeNode(id: bigint, h: BatchHandle<ReturnType<typeof nodeReads>>): RegisteredNodeChainState | null {
  const n = h.get().node;
  if (n === null) return null;
  return {
    id,
    registered: n.operator.toLowerCase() !== ZERO,
    operator: n.operator,
    deposit: n.deposit,
    addedTimestamp: n.addedTimestamp,
    leaveRequestTimestamp: n.leaveRequestTimestamp,
    latestLeaveRequestTimestamp: n.latestLeaveRequestTimestamp,
    blsPubkey: { X: n.blsPubkey.X, Y: n.blsPubkey.Y },
    ed25519Pubkey: n.ed25519Pubkey,
    contributors: n.contributors.map((c) => ({ address: c.staker.addr, beneficiary: c.staker.beneficiary, amount: c.stakedAmount })),
  };
}

/** The batch for a request, before it runs; exported so the RPC-count bench can report its size. */
export function planChainSnapshot(req: ChainSnapshotRequest) {
  const batch = new ReadBatch();
  const registry = batch.add(registryReads(req.addresses));
  const exitRules = batch.add(exitRuleReads(req.addresses));
  const account = req.account ? batch.add(accountReads(req.addresses, req.account)) : null;
  const contracts: ContractHandles[] = req.contributionContracts.map((address) => ({
    address,
    core: batch.add(contractReads(address)),
    detail: req.detail ? batch.add(contractDetailReads(req.addresses.factory, address)) : undefined,
    wallet: req.account ? batch.add(walletInContractReads(req.addresses.token, address, req.account)) : undefined,
  }));
  const nodes = req.nodeIds.map((id) => ({ id, handle: batch.add(nodeReads(req.addresses.rewards, id)) }));
  const keys = (req.ed25519Keys ?? []).map((ed25519) => ({
    ed25519,
    handle: batch.add({ id: viewRead({ address: req.addresses.rewards, abi: serviceNodeRewardsAbi, functionName: "ed25519ToServiceNodeID", args: [ed25519] }) }),
  }));

  const decode = (): ChainSnapshot => {
    const r = registry.get();
    const a = account?.get() ?? null;
    return {
      registry: {
        totalNodes: r.totalNodes,
        stakingRequirement: r.stakingRequirement,
        maxContributors: r.maxContributors,
        claimThreshold: r.claimThreshold,
        claimCycle: r.claimCycle,
        currentClaimTotal: r.currentClaimTotal,
        currentClaimCycle: r.currentClaimCycle,
        paused: r.paused,
        rewardRatePerBlock: r.rewardRate,
        blockNumber: r.blockNumber,
        blockTimestamp: r.blockTimestamp,
      },
      exitRules: exitRules.get(),
      account: a ? { balance: a.balance, ethBalance: a.ethBalance, rewards: a.recipient?.[0] ?? null, claimed: a.recipient?.[1] ?? null } : null,
      contracts: contracts.flatMap((h) => decodeContract(h) ?? []),
      nodes: nodes.flatMap(({ id, handle }) => decodeNode(id, handle) ?? []),
      keyIds: keys.flatMap(({ ed25519, handle }) => {
        const id = handle.get().id;
        return id === null ? [] : [{ ed25519, id }];
      }),
    };
  };
  return { batch, decode };
}

export async function readChainSnapshot(client: Client, req: ChainSnapshotRequest): Promise<ChainSnapshot> {
  const plan = planChainSnapshot(req);
  await plan.batch.run(client, req.addresses.multicall3);
  return plan.decode();
}
