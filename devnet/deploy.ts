// Deploys a contract build (devnet/contract-build.ts: our stand-ins by default, or Session's
// contracts compiled from source) the way Arbitrum One runs it: SESHL2, RewardRatePool,
// ServiceNodeRewards and ServiceNodeContributionFactory each as an implementation without
// constructor arguments behind an OpenZeppelin transparent proxy, initialised through the proxy
// with the live initializers' arguments in their order (spec §1.2, §4, §2.5, §3.7); then the
// reward pool is funded by the gateway's `bridgeMint`. Only public and owner functions are used, so
// any build with the live ABI deploys the same way. The rewards contract is left NOT started: the
// seeder seeds the node list, then calls start(). The proxy and Multicall3 always come from
// contracts/out (infrastructure, not Session's code).
//
// Speed: addresses are predicted from the deployer's nonce, so every transaction is sent back to
// back (Hardhat automines each one) and the receipts are checked once at the end.
import { readFileSync } from "node:fs";
import { join } from "node:path";
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
import { serviceNodeRewardsAbi } from "../lib/contracts/abi/serviceNodeRewards";
import { serviceNodeContributionFactoryAbi } from "../lib/contracts/abi/serviceNodeContributionFactory";
import { rewardRatePoolAbi } from "../lib/contracts/abi/rewardRatePool";
import { seshAbi } from "../lib/contracts/abi/sesh";
import { loadContractBuild, STAND_IN_BUILD_DIR, type ContractBuild } from "./contract-build";
import { DEVNET_L1_TOKEN_ADDRESS, mintSeshCall } from "./token-supply";

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
  /** the account that plays the Arbitrum gateway: the token's only minter */
  gatewayKey: `0x${string}`;
  /** the build to deploy (default: our stand-ins in contracts/out) */
  build?: ContractBuild;
  /** Atomic SESH (9 decimals); the devnet uses 25,000 SESH = 25_000_000_000_000n. */
  stakingRequirement: bigint;
  maxContributors: bigint | number;
  /** Atomic SESH minted into the RewardRatePool. */
  poolFunding: bigint;
};

/** Liquidation split used by Session's deploy scripts: liquidator / pool / recipients. */
export const DEVNET_LIQUIDATION_RATIOS = { liquidator: 3n, pool: 17n, recipient: 9980n } as const;

export const devnetChain = defineChain({
  id: 31337,
  name: "Session devnet",
  nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
  rpcUrls: { default: { http: ["http://127.0.0.1:8545"] } },
});

type Artifact = { abi: Abi; bytecode: Hex };

/** One of our own compiled artifacts (contracts/out): the proxy, Multicall3, test harnesses. */
export function readArtifact(name: string): Artifact {
  const path = join(STAND_IN_BUILD_DIR, `${name}.json`);
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Artifact;
  } catch (cause) {
    throw new Error(`Missing or unreadable ${path}: run \`npm run contracts:build\``, { cause });
  }
}

export async function deployDevnetContracts(options: DeployDevnetOptions): Promise<DevnetAddresses> {
  const { rpcUrl, deployerKey, gatewayKey, stakingRequirement, poolFunding } = options;
  const build = options.build ?? loadContractBuild();
  const maxContributors = BigInt(options.maxContributors);
  const account = privateKeyToAccount(deployerKey);
  const gateway = privateKeyToAccount(gatewayKey);
  const client = createWalletClient({ account, chain: devnetChain, transport: http(rpcUrl) }).extend(publicActions);

  const proxy = readArtifact("TransparentUpgradeableProxy");
  const firstNonce = await client.getTransactionCount({ address: account.address, blockTag: "pending" });
  const addressAt = (offset: number) =>
    getContractAddress({ from: account.address, nonce: BigInt(firstNonce + offset) });

  // Nonce plan (the order of the sends below must match).
  const tokenImpl = addressAt(0);
  const poolImpl = addressAt(1);
  const rewardsImpl = addressAt(2);
  const factoryImpl = addressAt(3);
  const multicall3 = addressAt(4);
  const token = addressAt(5);
  const pool = addressAt(6);
  const rewards = addressAt(7);
  const factory = addressAt(8);

  const sent: { what: string; hash: Hex }[] = [];
  let nonce = firstNonce;
  // Explicit gas skips one estimate round trip per transaction; the block limit is 60M.
  const gas = 8_000_000n;
  const deploy = async (what: string, artifact: Artifact, args: readonly unknown[] = []) => {
    const hash = await client.deployContract({
      abi: artifact.abi,
      bytecode: artifact.bytecode,
      args: args as unknown[], // the artifact ABI is untyped JSON; argument shapes are checked on-chain
      nonce: nonce++,
      gas,
    });
    sent.push({ what, hash });
  };
  const behindProxy = (what: string, implementation: `0x${string}`, initializeCall: Hex) =>
    deploy(`${what} proxy`, proxy, [implementation, account.address, initializeCall]);

  const { artifacts } = build;
  await deploy(`${artifacts.token.contract} implementation`, artifacts.token);
  await deploy(`${artifacts.pool.contract} implementation`, artifacts.pool);
  await deploy(`${artifacts.rewards.contract} implementation`, artifacts.rewards);
  await deploy(`${artifacts.factory.contract} implementation`, artifacts.factory);
  await deploy("Multicall3", readArtifact("Multicall3"));
  await behindProxy(
    "SESHL2",
    tokenImpl,
    encodeFunctionData({ abi: seshAbi, functionName: "initialize", args: [gateway.address, DEVNET_L1_TOKEN_ADDRESS] }),
  );
  await behindProxy(
    "RewardRatePool",
    poolImpl,
    encodeFunctionData({ abi: rewardRatePoolAbi, functionName: "initialize", args: [rewards, token] }),
  );
  await behindProxy(
    "ServiceNodeRewards",
    rewardsImpl,
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
  );
  await behindProxy(
    "ServiceNodeContributionFactory",
    factoryImpl,
    encodeFunctionData({ abi: serviceNodeContributionFactoryAbi, functionName: "initialize", args: [rewards] }),
  );
  sent.push({
    what: "fund RewardRatePool (bridgeMint by the gateway)",
    hash: await client.writeContract({ ...mintSeshCall(token, pool, poolFunding), account: gateway, gas: 200_000n }),
  });

  for (const { what, hash } of sent) {
    const receipt = await client.waitForTransactionReceipt({ hash, pollingInterval: 20, timeout: 30_000 });
    if (receipt.status !== "success") throw new Error(`Devnet deploy step failed: ${what} (tx ${hash})`);
  }
  return { token, rewards, factory, pool, multicall3 };
}
