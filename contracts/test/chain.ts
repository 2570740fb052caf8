// Test fixture for the contract suites: one Hardhat node per test file on a free random port,
// the devnet stand-ins deployed by devnet/deploy.ts, Hardhat's unlocked accounts as wallets, and
// helpers for time travel, snapshots, receipts and decoded custom errors.
import {
  BaseError,
  ContractFunctionRevertedError,
  createPublicClient,
  createWalletClient,
  http,
  parseEventLogs,
  type Abi,
  type Address,
  type Hex,
  type TransactionReceipt,
} from "viem";
import { startHardhatNode, type HardhatNode } from "@/devnet/hardhat-node";
import { deployDevnetContracts, devnetChain, type DevnetAddresses } from "@/devnet/deploy";
import { hardhatAddress, hardhatKey } from "@/devnet/accounts";
import { DEVNET_GATEWAY_INDEX, mintSeshCall } from "@/devnet/token-supply";
import { seshAbi } from "@/lib/contracts/abi/sesh";
import { serviceNodeRewardsAbi } from "@/lib/contracts/abi/serviceNodeRewards";
import { serviceNodeContributionAbi } from "@/lib/contracts/abi/serviceNodeContribution";
import { freePort } from "@/scripts/free-port.mjs";
import { ATOMIC_PER_SESH } from "@/lib/staking/amounts";

/** Hardhat's first default account (well-known test key, never used outside local chains). */
export const DEPLOYER_KEY: Hex = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
export const STAKING_REQUIREMENT = 25_000n * ATOMIC_PER_SESH;
export const MAX_CONTRIBUTORS = 10n;
export const POOL_FUNDING = 40_000_000n * ATOMIC_PER_SESH;


/** Every custom error the stand-ins can raise, so reverts from nested calls decode too. */
export const allErrorsAbi = [...serviceNodeRewardsAbi, ...serviceNodeContributionAbi, ...seshAbi].filter(
  (item) => item.type === "error",
);

export type Chain = Awaited<ReturnType<typeof startChain>>;

export async function startChain() {
  const node: HardhatNode = await startHardhatNode({ port: await freePort() });
  try {
    const transport = http(node.url, { retryCount: 0 });
    const publicClient = createPublicClient({ chain: devnetChain, transport, pollingInterval: 20 });
    const walletClient = createWalletClient({ chain: devnetChain, transport });
    const accounts = (await walletClient.getAddresses()) as Address[];
    const addresses: DevnetAddresses = await deployDevnetContracts({
      rpcUrl: node.url,
      deployerKey: DEPLOYER_KEY,
      gatewayKey: hardhatKey(DEVNET_GATEWAY_INDEX),
      stakingRequirement: STAKING_REQUIREMENT,
      maxContributors: MAX_CONTRIBUTORS,
      poolFunding: POOL_FUNDING,
    });
    const gateway = hardhatAddress(DEVNET_GATEWAY_INDEX);
    const [deployer, ...rest] = accounts;
    if (!deployer) throw new Error("Hardhat exposed no accounts");
    // the gateway mints; it never plays a staker in a test
    const others = rest.filter((a) => a.toLowerCase() !== gateway.toLowerCase());

    // Hardhat's evm_* / debug methods are not in viem's typed RPC schema: call them untyped.
    const untypedRequest = publicClient.request as unknown as (args: { method: string; params: unknown[] }) => Promise<unknown>;
    const rpc = <T>(method: string, params: unknown[] = []) => untypedRequest({ method, params }) as Promise<T>;

    /** Sends a contract call from `from` and returns the successful receipt (throws on revert). */
    async function send(
      from: Address,
      call: { address: Address; abi: Abi; functionName: string; args?: readonly unknown[] },
    ): Promise<TransactionReceipt> {
      const hash = await walletClient.writeContract({
        account: from,
        chain: devnetChain,
        address: call.address,
        // Error items appended so nested reverts (e.g. rewards errors via the factory) decode.
        abi: [...call.abi, ...allErrorsAbi],
        functionName: call.functionName,
        args: call.args ?? [],
      } as Parameters<typeof walletClient.writeContract>[0]);
      const receipt = await publicClient.waitForTransactionReceipt({ hash, pollingInterval: 20 });
      if (receipt.status !== "success") throw new Error(`${call.functionName} reverted (tx ${hash})`);
      return receipt;
    }

    const latestTimestamp = async () => (await publicClient.getBlock()).timestamp;

    return {
      node,
      publicClient,
      walletClient,
      addresses,
      deployer,
      accounts: others,
      send,
      rpc,
      /** Approves `spender` for exactly `amount` SESH from `owner`. */
      approve: (owner: Address, spender: Address, amount: bigint) =>
        send(owner, { address: addresses.token, abi: seshAbi, functionName: "approve", args: [spender, amount] }),
      /** Gives `to` SESH, minted by the account playing the Arbitrum gateway (SESHL2 has no other supply). */
      fund: (to: Address, amount: bigint) => send(gateway, mintSeshCall(addresses.token, to, amount)),
      gateway,
      balanceOf: (owner: Address) =>
        publicClient.readContract({ address: addresses.token, abi: seshAbi, functionName: "balanceOf", args: [owner] }),
      latestTimestamp,
      /** Mines one block `seconds` after the latest one. */
      increaseTime: async (seconds: bigint | number) => {
        await rpc("evm_increaseTime", [Number(seconds)]);
        await rpc("evm_mine");
      },
      /** The next mined block gets exactly this timestamp. */
      setNextTimestamp: (timestamp: bigint) => rpc("evm_setNextBlockTimestamp", [Number(timestamp)]),
      snapshot: () => rpc<Hex>("evm_snapshot"),
      revert: (id: Hex) => rpc<boolean>("evm_revert", [id]),
      stop: () => node.stop(),
    };
  } catch (error) {
    await node.stop();
    throw error;
  }
}

/** The decoded custom error a failed call reverted with, or a clear failure if it did not revert. */
export async function revertOf(promise: Promise<unknown>): Promise<{ name: string; args: readonly unknown[] }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BaseError) {
      const reverted = error.walk((e) => e instanceof ContractFunctionRevertedError);
      if (reverted instanceof ContractFunctionRevertedError) {
        if (reverted.data) return { name: reverted.data.errorName, args: reverted.data.args ?? [] };
        if (reverted.reason) return { name: "Error", args: [reverted.reason] };
      }
    }
    throw error;
  }
  throw new Error("Expected the call to revert, but it succeeded");
}

/** Decoded events of one contract from a receipt, in log order. */
export function eventsOf<const TAbi extends Abi>(abi: TAbi, receipt: TransactionReceipt, address?: Address) {
  const logs = address
    ? receipt.logs.filter((log) => log.address.toLowerCase() === address.toLowerCase())
    : receipt.logs;
  return parseEventLogs({ abi, logs });
}
