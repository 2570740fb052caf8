/**
 * viem clients for the devnet and the reads the simulator needs. Reads go through one batched HTTP
 * transport so a burst of reads costs one round trip.
 */
import { createPublicClient, createWalletClient, http, type Address, type Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { devnetChain, type DevnetAddresses } from "../deploy";
import { rewardRatePoolAbi } from "@/lib/contracts/abi/rewardRatePool";
import { serviceNodeContributionAbi } from "@/lib/contracts/abi/serviceNodeContribution";
import { serviceNodeRewardsAbi } from "@/lib/contracts/abi/serviceNodeRewards";
import { g1ToBlsPubkeyHex } from "@/lib/contracts/encoders";
import type { ContributionSnapshot } from "./world";
import { readTags as readContractTags, type Tags } from "../contract-tags";
import { hardhatKey } from "../accounts";
import { DEVNET_GATEWAY_INDEX } from "../token-supply";

export type { Tags };

/** The deployer (owner, the network's fee payer) and the gateway (the token's only minter) as wallets. */
export function createDevnetClients(rpcUrl: string, deployerKey: Hex, gatewayKey: Hex = hardhatKey(DEVNET_GATEWAY_INDEX)) {
  const transport = http(rpcUrl, { batch: { wait: 2 }, retryCount: 0, timeout: 15_000 });
  const publicClient = createPublicClient({ chain: devnetChain, transport, pollingInterval: 50 });
  const account = privateKeyToAccount(deployerKey);
  const walletClient = createWalletClient({ account, chain: devnetChain, transport });
  const gatewayClient = createWalletClient({ account: privateKeyToAccount(gatewayKey), chain: devnetChain, transport });
  return { publicClient, walletClient, account, gatewayClient };
}

export type DevnetClients = ReturnType<typeof createDevnetClients>;
export type ChainContext = DevnetClients & { rpcUrl: string; addresses: DevnetAddresses };


export async function readTags(ctx: ChainContext): Promise<Tags> {
  return readContractTags(ctx.publicClient, ctx.addresses.rewards);
}

export async function readNetworkParams(ctx: ChainContext) {
  const [stakingRequirement, maxContributors, poolDeposited] = await Promise.all([
    ctx.publicClient.readContract({ address: ctx.addresses.rewards, abi: serviceNodeRewardsAbi, functionName: "stakingRequirement" }),
    ctx.publicClient.readContract({ address: ctx.addresses.rewards, abi: serviceNodeRewardsAbi, functionName: "maxContributors" }),
    ctx.publicClient.readContract({ address: ctx.addresses.pool, abi: rewardRatePoolAbi, functionName: "calculateTotalDeposited" }),
  ]);
  return { stakingRequirement, maxContributors: Number(maxContributors), poolDeposited };
}

/** The contract's live node list (ids and keys) and how many non-signers it accepts. */
export async function readLiveSet(ctx: ChainContext) {
  const [[ids, pubkeys], threshold] = await Promise.all([
    ctx.publicClient.readContract({ address: ctx.addresses.rewards, abi: serviceNodeRewardsAbi, functionName: "allServiceNodeIDs" }),
    ctx.publicClient.readContract({ address: ctx.addresses.rewards, abi: serviceNodeRewardsAbi, functionName: "blsNonSignerThreshold" }),
  ]);
  return {
    nodes: ids.map((id, i) => ({ id, blsHex: g1ToBlsPubkeyHex(pubkeys[i] ?? { X: 0n, Y: 0n }) })),
    threshold: Number(threshold),
  };
}

export async function readRecipient(ctx: ChainContext, address: Address) {
  const [rewards, claimed] = await ctx.publicClient.readContract({
    address: ctx.addresses.rewards,
    abi: serviceNodeRewardsAbi,
    functionName: "recipients",
    args: [address],
  });
  return { rewards, claimed };
}

/** A node's stored record at a given block (seeded nodes' contributors are not in their event). */
export async function readServiceNodeAt(ctx: ChainContext, id: bigint, blockNumber: bigint) {
  return ctx.publicClient.readContract({
    address: ctx.addresses.rewards,
    abi: serviceNodeRewardsAbi,
    functionName: "serviceNodes",
    args: [id],
    blockNumber,
  });
}

export async function readContributionSnapshot(ctx: ChainContext, address: Address): Promise<ContributionSnapshot> {
  const read = <F extends "status" | "blsPubkey" | "serviceNodeParams" | "manualFinalize" | "getContributions" | "getReserved">(
    functionName: F,
  ) => ctx.publicClient.readContract({ address, abi: serviceNodeContributionAbi, functionName });
  const [status, key, params, manualFinalize, contributions, reserved] = await Promise.all([
    read("status"),
    read("blsPubkey"),
    read("serviceNodeParams"),
    read("manualFinalize"),
    read("getContributions"),
    read("getReserved"),
  ]);
  const [X, Y] = key as readonly [bigint, bigint];
  const [addrs, beneficiaries, contribs] = contributions as readonly [readonly Address[], readonly Address[], readonly bigint[]];
  const [rAddrs, rAmounts, rReceived] = reserved as readonly [readonly Address[], readonly bigint[], readonly boolean[]];
  return {
    status: Number(status) as ContributionSnapshot["status"],
    blsHex: X === 0n && Y === 0n ? null : g1ToBlsPubkeyHex({ X, Y }),
    feeBps: Number((params as { fee: number }).fee),
    manualFinalize: Boolean(manualFinalize),
    contributors: addrs.map((a, i) => ({ address: a, beneficiary: beneficiaries[i] ?? a, amount: contribs[i] ?? 0n })),
    reserved: rAddrs.map((a, i) => ({ address: a, amount: rAmounts[i] ?? 0n, received: rReceived[i] ?? false })),
  };
}
