/**
 * Chain facts for /stake, /stake/[address] and the personal views, read in ONE batch whatever the
 * number of contracts and nodes: registry totals, pool rate, claim-cycle state, block clock, the
 * wallet's balance and rewards record, and per contract / per node the values the pages show.
 */
import type { Address, Client } from "viem";
import { rewardRatePoolAbi } from "@/lib/contracts/abi/rewardRatePool";
import { serviceNodeContributionAbi } from "@/lib/contracts/abi/serviceNodeContribution";
import { serviceNodeRewardsAbi } from "@/lib/contracts/abi/serviceNodeRewards";
import { seshAbi } from "@/lib/contracts/abi/sesh";
import { asBigint, asTuple, multicall3ClockAbi, readBatch, type ReadCall } from "./multicall";

export type ContractAddresses = { token: Address; rewards: Address; pool: Address; multicall3: Address };

export type ContributionChainState = {
  address: Address;
  status: number;
  operator: Address | null;
  feeBasisPoints: number | null;
  contributions: { address: Address; beneficiary: Address; amount: bigint }[];
  reservations: { address: Address; amount: bigint; received: boolean }[];
  /** null when the contract reverts (nothing left / no slot). */
  minimumContribution: bigint | null;
  stakingRequirement: bigint | null;
  maxContributors: bigint | null;
  /** Only with `detail`: the stored keys and finalize mode. */
  detail?: { blsPubkey: { X: bigint; Y: bigint } | null; manualFinalize: boolean | null };
  /** Ed25519 key from `serviceNodeParams()`. */
  ed25519Pubkey: bigint | null;
};

export type RegisteredNodeChainState = {
  id: bigint;
  registered: boolean;
  operator: Address;
  deposit: bigint;
  addedTimestamp: bigint;
  leaveRequestTimestamp: bigint;
  contributors: { address: Address; beneficiary: Address; amount: bigint }[];
};

export type RegistryChainState = {
  totalNodes: bigint | null;
  stakingRequirement: bigint | null;
  maxContributors: bigint | null;
  claimThreshold: bigint | null;
  claimCycle: bigint | null;
  currentClaimTotal: bigint | null;
  currentClaimCycle: bigint | null;
  rewardRatePerBlock: bigint | null;
  blockNumber: bigint | null;
  blockTimestamp: bigint | null;
};

export type AccountChainState = { balance: bigint | null; rewards: bigint | null; claimed: bigint | null };

export type StakeChainSnapshot = {
  registry: RegistryChainState;
  account: AccountChainState | null;
  contracts: ContributionChainState[];
  nodes: RegisteredNodeChainState[];
};

export type StakeReadRequest = {
  addresses: ContractAddresses;
  contributionContracts: readonly Address[];
  nodeIds: readonly bigint[];
  account?: Address;
  /** Also read each contract's keys and finalize mode (detail pages). */
  detail?: boolean;
};

const ZERO = "0x0000000000000000000000000000000000000000";
const CONTRACT_CALLS = ["status", "operator", "serviceNodeParams", "getContributions", "getReserved", "minimumContribution", "stakingRequirement", "maxContributors"] as const;
const DETAIL_CALLS = ["blsPubkey", "manualFinalize"] as const;

function registryCalls(a: ContractAddresses): ReadCall[] {
  const r = (functionName: string): ReadCall => ({ address: a.rewards, abi: serviceNodeRewardsAbi, functionName });
  return [
    r("totalNodes"),
    r("stakingRequirement"),
    r("maxContributors"),
    r("claimThreshold"),
    r("claimCycle"),
    r("currentClaimTotal"),
    r("currentClaimCycle"),
    { address: a.pool, abi: rewardRatePoolAbi, functionName: "rewardRate" },
    { address: a.multicall3, abi: multicall3ClockAbi, functionName: "getBlockNumber" },
    { address: a.multicall3, abi: multicall3ClockAbi, functionName: "getCurrentBlockTimestamp" },
  ];
}

/** Builds the whole batch; exported so the RPC-count bench can report its size. */
export function buildStakeReadCalls(req: StakeReadRequest): ReadCall[] {
  const calls = registryCalls(req.addresses);
  if (req.account) {
    calls.push({ address: req.addresses.token, abi: seshAbi, functionName: "balanceOf", args: [req.account] });
    calls.push({ address: req.addresses.rewards, abi: serviceNodeRewardsAbi, functionName: "recipients", args: [req.account] });
  }
  for (const address of req.contributionContracts) {
    for (const functionName of [...CONTRACT_CALLS, ...(req.detail ? DETAIL_CALLS : [])]) calls.push({ address, abi: serviceNodeContributionAbi, functionName });
  }
  for (const id of req.nodeIds) calls.push({ address: req.addresses.rewards, abi: serviceNodeRewardsAbi, functionName: "serviceNodes", args: [id] });
  return calls;
}

function field(v: unknown, name: string, index: number): unknown {
  if (v && typeof v === "object" && !Array.isArray(v) && name in v) return (v as Record<string, unknown>)[name];
  return asTuple(v)?.[index];
}

function decodeContributors(v: unknown): { address: Address; beneficiary: Address; amount: bigint }[] {
  const list = asTuple(v) ?? [];
  return list.map((c) => {
    const staker = field(c, "staker", 0);
    return {
      address: String(field(staker, "addr", 0)) as Address,
      beneficiary: String(field(staker, "beneficiary", 1)) as Address,
      amount: asBigint(field(c, "stakedAmount", 1)) ?? 0n,
    };
  });
}

function decodeContract(address: Address, r: readonly unknown[]): ContributionChainState {
  const [status, operator, params, contributions, reserved, minimum, requirement, maxContributors] = r;
  const c = asTuple(contributions);
  const addrs = (asTuple(c?.[0]) ?? []) as Address[];
  const bens = (asTuple(c?.[1]) ?? []) as Address[];
  const amounts = asTuple(c?.[2]) ?? [];
  const res = asTuple(reserved);
  const resAddrs = (asTuple(res?.[0]) ?? []) as Address[];
  const resAmounts = asTuple(res?.[1]) ?? [];
  const resReceived = asTuple(res?.[2]) ?? [];
  const fee = asBigint(field(params, "fee", 3));
  return {
    address,
    status: Number(asBigint(status) ?? -1),
    operator: typeof operator === "string" ? (operator as Address) : null,
    feeBasisPoints: fee === null ? null : Number(fee),
    ed25519Pubkey: asBigint(field(params, "serviceNodePubkey", 0)),
    contributions: addrs.map((a, i) => ({ address: a, beneficiary: bens[i] ?? a, amount: asBigint(amounts[i]) ?? 0n })),
    reservations: resAddrs.map((a, i) => ({ address: a, amount: asBigint(resAmounts[i]) ?? 0n, received: resReceived[i] === true })),
    minimumContribution: asBigint(minimum),
    stakingRequirement: asBigint(requirement),
    maxContributors: asBigint(maxContributors),
  };
}

function decodeNode(id: bigint, v: unknown): RegisteredNodeChainState {
  const operator = String(field(v, "operator", 2) ?? ZERO) as Address;
  return {
    id,
    registered: operator.toLowerCase() !== ZERO,
    operator,
    addedTimestamp: asBigint(field(v, "addedTimestamp", 4)) ?? 0n,
    leaveRequestTimestamp: asBigint(field(v, "leaveRequestTimestamp", 5)) ?? 0n,
    deposit: asBigint(field(v, "deposit", 7)) ?? 0n,
    contributors: decodeContributors(field(v, "contributors", 8)),
  };
}

export async function readStakeSnapshot(client: Client, req: StakeReadRequest): Promise<StakeChainSnapshot> {
  const results = await readBatch(client, req.addresses.multicall3, buildStakeReadCalls(req));
  let i = 0;
  const next = () => results[i++];
  const registry: RegistryChainState = {
    totalNodes: asBigint(next()),
    stakingRequirement: asBigint(next()),
    maxContributors: asBigint(next()),
    claimThreshold: asBigint(next()),
    claimCycle: asBigint(next()),
    currentClaimTotal: asBigint(next()),
    currentClaimCycle: asBigint(next()),
    rewardRatePerBlock: asBigint(next()),
    blockNumber: asBigint(next()),
    blockTimestamp: asBigint(next()),
  };
  let account: AccountChainState | null = null;
  if (req.account) {
    const balance = asBigint(next());
    const rec = asTuple(next());
    account = { balance, rewards: asBigint(rec?.[0]), claimed: asBigint(rec?.[1]) };
  }
  const contracts = req.contributionContracts.map((address) => {
    const state = decodeContract(address, CONTRACT_CALLS.map(() => next()));
    if (req.detail) {
      const [bls, manual] = DETAIL_CALLS.map(() => next());
      const x = asBigint(field(bls, "X", 0));
      const y = asBigint(field(bls, "Y", 1));
      state.detail = {
        blsPubkey: x !== null && y !== null ? { X: x, Y: y } : null,
        manualFinalize: typeof manual === "boolean" ? manual : null,
      };
    }
    return state;
  });
  const nodes = req.nodeIds.map((id) => decodeNode(id, next()));
  return { registry, account, contracts, nodes };
}
