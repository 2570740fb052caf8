// Deploys the devnet stand-ins from the committed artifacts in contracts/out (no compile here):
// SESH, RewardRatePool, LocalDevnetServiceNodeRewards and ServiceNodeContributionFactory (each
// behind an OpenZeppelin transparent proxy, initialised in the proxy's constructor, as on
// Arbitrum), and Multicall3. Funds the pool and leaves the rewards contract NOT started: the
// seeder seeds the node list, then calls start().
//
// Speed: addresses are predicted from the deployer's nonce, so every transaction is sent back to
// back (Hardhat automines each one) and the receipts are checked once at the end.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  createWalletClient,
  defineChain,
  encodeFunctionData,
  getContractAddress,
  http,
  publicActions,
  type Abi,
  type Hex,
} from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { seshAbi } from "../lib/contracts/abi/sesh";
import { serviceNodeRewardsAbi } from "../lib/contracts/abi/serviceNodeRewards";
import { serviceNodeContributionFactoryAbi } from "../lib/contracts/abi/serviceNodeContributionFactory";
import { rewardRatePoolAbi } from "../lib/contracts/abi/rewardRatePool";

const outDir = join(dirname(fileURLToPath(import.meta.url)), "..", "contracts", "out");

export type DevnetAddresses = {
  token: `0x${string}`;
  rewards: `0x${string}`;
  factory: `0x${string}`;
  pool: `0x${string}`;
  multicall3: `0x${string}`;
};

export type DeployDevnetOptions = {
  rpcUrl: string;
  deployerKey: `0x${string}`;
  /** Atomic SESH (9 decimals); the devnet uses 25,000 SESH = 25_000_000_000_000n. */
  stakingRequirement: bigint;
  maxContributors: bigint | number;
  /** Atomic SESH moved from the deployer into the RewardRatePool. */
  poolFunding: bigint;
};

/** 240,000,000 SESH minted to the deployer, like the live token's genesis supply. */
export const DEVNET_TOKEN_SUPPLY = 240_000_000n * 10n ** 9n;
/** Liquidation split used by Session's deploy scripts: liquidator / pool / recipients. */
export const DEVNET_LIQUIDATION_RATIOS = { liquidator: 3n, pool: 17n, recipient: 9980n } as const;

export const devnetChain = defineChain({
  id: 31337,
  name: "Session devnet",
  nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
  rpcUrls: { default: { http: ["http://127.0.0.1:8545"] } },
});

type Artifact = { abi: Abi; bytecode: Hex };

export function readArtifact(name: string): Artifact {
  const path = join(outDir, `${name}.json`);
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Artifact;
  } catch (cause) {
    throw new Error(`Missing or unreadable ${path}: run \`npm run contracts:build\``, { cause });
  }
}

export async function deployDevnetContracts(options: DeployDevnetOptions): Promise<DevnetAddresses> {
  const { rpcUrl, deployerKey, stakingRequirement, poolFunding } = options;
  const maxContributors = BigInt(options.maxContributors);
  const account = privateKeyToAccount(deployerKey);
  const client = createWalletClient({ account, chain: devnetChain, transport: http(rpcUrl) }).extend(publicActions);

  const proxy = readArtifact("TransparentUpgradeableProxy");
  const firstNonce = await client.getTransactionCount({ address: account.address, blockTag: "pending" });
  const addressAt = (offset: number) =>
    getContractAddress({ from: account.address, nonce: BigInt(firstNonce + offset) });

  // Nonce plan (the order of the sends below must match).
  const token = addressAt(0);
  const poolImpl = addressAt(1);
  const rewardsImpl = addressAt(2);
  const factoryImpl = addressAt(3);
  const multicall3 = addressAt(4);
  const pool = addressAt(5);
  const rewards = addressAt(6);
  const factory = addressAt(7);

  const sent: { what: string; hash: Hex }[] = [];
  let nonce = firstNonce;
  // Explicit gas skips one estimate round trip per transaction; the block limit is 60M.
  const gas = 8_000_000n;
  const deploy = async (what: string, artifactName: string, args: readonly unknown[] = []) => {
    const artifact = artifactName === "TransparentUpgradeableProxy" ? proxy : readArtifact(artifactName);
    const hash = await client.deployContract({
      abi: artifact.abi,
      bytecode: artifact.bytecode,
      args: args as unknown[], // the artifact ABI is untyped JSON; argument shapes are checked on-chain
      nonce: nonce++,
      gas,
    });
    sent.push({ what, hash });
  };

  await deploy("SESH", "SESH", [DEVNET_TOKEN_SUPPLY, account.address]);
  await deploy("RewardRatePool implementation", "RewardRatePool");
  await deploy("LocalDevnetServiceNodeRewards implementation", "LocalDevnetServiceNodeRewards");
  await deploy("ServiceNodeContributionFactory implementation", "ServiceNodeContributionFactory");
  await deploy("Multicall3", "Multicall3");
  await deploy("RewardRatePool proxy", "TransparentUpgradeableProxy", [
    poolImpl,
    account.address,
    encodeFunctionData({ abi: rewardRatePoolAbi, functionName: "initialize", args: [rewards, token] }),
  ]);
  await deploy("ServiceNodeRewards proxy", "TransparentUpgradeableProxy", [
    rewardsImpl,
    account.address,
    encodeFunctionData({
      abi: serviceNodeRewardsAbi,
      functionName: "initialize",
      args: [
        token,
        pool,
        stakingRequirement,
        maxContributors,
        DEVNET_LIQUIDATION_RATIOS.liquidator,
        DEVNET_LIQUIDATION_RATIOS.pool,
        DEVNET_LIQUIDATION_RATIOS.recipient,
      ],
    }),
  ]);
  await deploy("ServiceNodeContributionFactory proxy", "TransparentUpgradeableProxy", [
    factoryImpl,
    account.address,
    encodeFunctionData({ abi: serviceNodeContributionFactoryAbi, functionName: "initialize", args: [rewards] }),
  ]);
  sent.push({
    what: "fund RewardRatePool",
    hash: await client.writeContract({
      address: token,
      abi: seshAbi,
      functionName: "transfer",
      args: [pool, poolFunding],
      nonce: nonce++,
      gas: 200_000n,
    }),
  });

  for (const { what, hash } of sent) {
    const receipt = await client.waitForTransactionReceipt({ hash, pollingInterval: 20, timeout: 30_000 });
    if (receipt.status !== "success") throw new Error(`Devnet deploy step failed: ${what} (tx ${hash})`);
  }
  return { token, rewards, factory, pool, multicall3 };
}
