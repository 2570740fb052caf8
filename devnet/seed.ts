/**
 * Seeds the devnet world of world-plan.ts on freshly deployed contracts (rewards not started yet),
 * through their public and owner functions only, so it seeds any build with the live ABI; every
 * SESH it hands out is minted by the account playing the Arbitrum gateway (devnet/token-supply.ts):
 * seeded nodes, start(), funded test accounts, the claims of pre-devnet history (the whale's
 * lifetime rewards above 2^53), solo registrations with real proofs of possession, contribution
 * contracts at several fill levels, exit requests (one aged into Ready To Exit), one exit signed by
 * the simulated network, an event the dApp does not know attached to a node, and an on-chain
 * rewards balance for the staker.
 *
 * Speed: every account sends with a local nonce manager, fixed gas and fee caps, so a transaction
 * costs one round trip plus its receipt.
 */
import { createTestClient, createWalletClient, http, nonceManager, type Abi, type Address, type Hex } from "viem";
import { tokenVestingStakingAbi } from "@/lib/contracts/abi/tokenVestingStaking";
import { privateKeyToAccount } from "viem/accounts";
import { seshAbi } from "@/lib/contracts/abi/sesh";
import { serviceNodeContributionAbi } from "@/lib/contracts/abi/serviceNodeContribution";
import { serviceNodeContributionFactoryAbi } from "@/lib/contracts/abi/serviceNodeContributionFactory";
import { serviceNodeRewardsAbi } from "@/lib/contracts/abi/serviceNodeRewards";
import { rewardRatePoolAbi } from "@/lib/contracts/abi/rewardRatePool";
import { contributionContractFromLogs } from "@/lib/contracts/events";
import { blsPubkeyHexToG1, blsSignatureHexToParams, ed25519SignatureHexToWords } from "@/lib/contracts/encoders";
import { hardhatAddress, hardhatKey, TEST_ACCOUNTS } from "./accounts";
import { DEVNET_GATEWAY_INDEX, mintSeshCall } from "./token-supply";
import { devnetChain, readArtifact } from "./deploy";
import { deployVestingContracts, vestingRows, type SeededVesting } from "./vesting-seed";
import { devnetNodeKeys } from "./node-keys";
import { prepareRegistration } from "./registrations";
import type { ChainContext } from "./simulator/chain";
import type { BackendSimulator } from "./simulator/service";
import {
  CONTRIBUTION_CONTRACTS,
  EXIT_REQUESTED_NODES,
  EXITED_NODE,
  PRIOR_HISTORY,
  READY_TO_EXIT_NODE,
  SEEDED_NODES,
  SOLO_REGISTRATIONS,
  STAKING_REQUIREMENT_SESH,
  TEST_ACCOUNT_FUNDING_SESH,
  VESTING_SEEDED_NODE,
} from "./world-plan";
import { ATOMIC_PER_SESH } from "@/lib/staking/amounts";

const FEES = { maxFeePerGas: 50_000_000_000n, maxPriorityFeePerGas: 1_000_000_000n } as const;

export type SeedSummary = {
  contributionContracts: { node: number; label: string; address: Address }[];
  stakerRewardsOnChain: bigint;
  /** per account of PRIOR_HISTORY: the lifetime total signed onto the chain when its history was claimed */
  priorRewardsOnChain: { account: number; rewards: bigint; claimed: bigint }[];
  vesting: SeededVesting[];
};

type Write = { address: Address; abi: Abi; functionName: string; args?: readonly unknown[]; gas?: bigint };

/**
 * `vestingArtifact`: the TokenVestingStaking to deploy (the build's, devnet/contract-build.ts;
 * default our stand-in).
 */
export async function seedDevnetWorld(
  ctx: ChainContext,
  sim: BackendSimulator,
  log: (line: string) => void = () => {},
  vestingArtifact: { abi: Abi; bytecode: Hex } = readArtifact("TokenVestingStaking"),
): Promise<SeedSummary> {
  const { publicClient, addresses } = ctx;
  const transport = http(ctx.rpcUrl, { batch: { wait: 2 } });
  const wallets = new Map<number, ReturnType<typeof createWalletClient>>();
  const wallet = (index: number) => {
    let w = wallets.get(index);
    if (!w) {
      w = createWalletClient({ account: privateKeyToAccount(hardhatKey(index), { nonceManager }), chain: devnetChain, transport });
      wallets.set(index, w);
    }
    return w;
  };

  const pending: { what: string; hash: Hex }[] = [];
  /** Sends without waiting; `settle()` checks every receipt. Order per account is kept by nonce. */
  const send = async (index: number, what: string, w: Write) => {
    const client = wallet(index);
    const hash = await client.writeContract({
      account: client.account!, // created with an account above
      chain: devnetChain,
      address: w.address,
      abi: w.abi,
      functionName: w.functionName,
      args: w.args ?? [],
      gas: w.gas ?? 1_000_000n,
      ...FEES,
    } as Parameters<typeof client.writeContract>[0]); // ABI-generic call: the plan's shapes are checked by the chain
    pending.push({ what, hash });
    return hash;
  };
  const settle = async () => {
    const batch = pending.splice(0);
    const receipts = await Promise.all(batch.map((p) => publicClient.waitForTransactionReceipt({ hash: p.hash, pollingInterval: 20, timeout: 30_000 })));
    receipts.forEach((r, i) => {
      if (r.status !== "success") throw new Error(`Seeding step failed: ${batch[i]?.what} (tx ${batch[i]?.hash})`);
    });
    return receipts;
  };

  const requirement = STAKING_REQUIREMENT_SESH * ATOMIC_PER_SESH;
  const start = Number((await publicClient.getBlock({ blockTag: "latest" })).timestamp);

  // 0. The vesting contracts first: one of them stakes a seeded node.
  const vesting = await deployVestingContracts(ctx, vestingArtifact, start);
  const stakingVesting = vesting.find((v) => v.key === VESTING_SEEDED_NODE.vesting);
  if (!stakingVesting) throw new Error(`Seeding: no vesting contract "${VESTING_SEEDED_NODE.vesting}" in the plan`);
  const vestingNodeKeys = devnetNodeKeys(VESTING_SEEDED_NODE.node);

  // 1. Seeded nodes and start() from the deployer (the owner); their stake backing and the test
  // accounts' funding minted by the gateway.
  const mint = (what: string, to: Address, amount: bigint) => send(DEVNET_GATEWAY_INDEX, what, mintSeshCall(addresses.token, to, amount));
  await send(0, "seedPublicKeyList", {
    address: addresses.rewards,
    abi: serviceNodeRewardsAbi,
    functionName: "seedPublicKeyList",
    args: [
      [
      ...SEEDED_NODES.map((n) => {
        const keys = devnetNodeKeys(n.node);
        return {
          blsPubkey: keys.blsPubkey,
          ed25519Pubkey: keys.ed25519,
          addedTimestamp: BigInt(start - n.addedDaysAgo * 86_400),
          contributors: n.contributors.map((c) => ({
            staker: { addr: hardhatAddress(c.account), beneficiary: hardhatAddress(c.account) },
            stakedAmount: c.sesh * ATOMIC_PER_SESH,
          })),
        };
      }),
      // the vesting contract's solo node: its rewards and, after an exit, its stake go to the vesting contract
      {
        blsPubkey: vestingNodeKeys.blsPubkey,
        ed25519Pubkey: vestingNodeKeys.ed25519,
        addedTimestamp: BigInt(start - VESTING_SEEDED_NODE.addedDaysAgo * 86_400),
        contributors: [{ staker: { addr: stakingVesting.address, beneficiary: stakingVesting.address }, stakedAmount: requirement }],
      },
      ],
    ],
    gas: 25_000_000n,
  });
  // Seeded nodes move no tokens; the rewards contract must still be able to pay their stakes back.
  await mint("back seeded stakes", addresses.rewards, BigInt(SEEDED_NODES.length + 1) * requirement);
  // each vesting contract holds its initial amount, less what its seeded node stakes
  for (const v of vesting) await mint(`fund vesting ${v.key}`, v.address, v === stakingVesting ? v.initialAmount - requirement : v.initialAmount);
  for (const v of vesting) {
    if (v.revokedBy !== null) await send(v.revokedBy, `revoke vesting ${v.key}`, { address: v.address, abi: tokenVestingStakingAbi, functionName: "revoke", args: [addresses.token] });
  }
  sim.loadVestingContracts(vestingRows(vesting));
  await send(0, "start", { address: addresses.rewards, abi: serviceNodeRewardsAbi, functionName: "start" });
  for (const account of TEST_ACCOUNTS) {
    await mint(`fund ${account.name}`, hardhatAddress(account.index), TEST_ACCOUNT_FUNDING_SESH * ATOMIC_PER_SESH);
  }
  await settle();
  // the network's month of rewards before the devnet (world-plan REWARD_HISTORY_DAYS): claimable, so funded
  await sim.sync();
  if (sim.world.historyCredited > 0n) {
    await mint("back the network's reward history", addresses.rewards, sim.world.historyCredited);
    await settle();
  }
  log(`seeded ${SEEDED_NODES.length} nodes (${(sim.world.historyCredited / ATOMIC_PER_SESH).toString()} SESH of reward history), started, funded ${TEST_ACCOUNTS.length} accounts`);

  // 1b. Pre-devnet history: the network signs each such account's lifetime total (above 2^53 for the
  // whale: a rounded amount would fail the BLS check) and the account claims what it had claimed
  // before the devnet, paid from a reserve minted for it and handed back to the deployer, so
  // wallets keep their funding. The claim cap is lifted for that one claim; the 26 h advance below opens a new cycle.
  const priorRewardsOnChain: SeedSummary["priorRewardsOnChain"] = [];
  if (PRIOR_HISTORY.length > 0) {
    const cap = await publicClient.readContract({ address: addresses.rewards, abi: serviceNodeRewardsAbi, functionName: "claimThreshold" });
    const total = PRIOR_HISTORY.reduce((sum, h) => sum + h.claimedOnChain, 0n);
    await mint("reserve for pre-devnet claims", addresses.rewards, total);
    await send(0, "lift the claim cap", { address: addresses.rewards, abi: serviceNodeRewardsAbi, functionName: "setClaimThreshold", args: [total > cap ? total : cap] });
    await settle();
    for (const h of PRIOR_HISTORY) {
      const who = hardhatAddress(h.account);
      const signed = (await sim.rewardsSignature(who)).rewards;
      await send(0, `pre-devnet rewards balance of #${h.account}`, {
        address: addresses.rewards,
        abi: serviceNodeRewardsAbi,
        functionName: "updateRewardsBalance",
        args: [who, signed.amount, blsSignatureHexToParams(signed.signature), signed.non_signer_indices],
        gas: 3_000_000n,
      });
      await settle();
      await send(h.account, `pre-devnet claim of #${h.account}`, { address: addresses.rewards, abi: serviceNodeRewardsAbi, functionName: "claimRewards", args: [h.claimedOnChain] });
      await send(h.account, `hand back the pre-devnet claim of #${h.account}`, { address: addresses.token, abi: seshAbi, functionName: "transfer", args: [hardhatAddress(0), h.claimedOnChain] });
      await settle();
      priorRewardsOnChain.push({ account: h.account, rewards: signed.amount, claimed: h.claimedOnChain });
    }
    await send(0, "restore the claim cap", { address: addresses.rewards, abi: serviceNodeRewardsAbi, functionName: "setClaimThreshold", args: [cap] });
    await settle();
    log(`claimed the pre-devnet history of ${PRIOR_HISTORY.length} account(s)`);
  }

  const idOf = async (node: number) =>
    publicClient.readContract({ address: addresses.rewards, abi: serviceNodeRewardsAbi, functionName: "ed25519ToServiceNodeID", args: [devnetNodeKeys(node).ed25519] });

  // 2. The node that will be Ready To Exit requests its exit first, then a day of chain time passes.
  const readyPlan = SEEDED_NODES.find((n) => n.node === READY_TO_EXIT_NODE);
  await send(readyPlan?.contributors[0]?.account ?? 1, "exit request (ready to exit)", {
    address: addresses.rewards,
    abi: serviceNodeRewardsAbi,
    functionName: "initiateExitBLSPublicKey",
    args: [await idOf(READY_TO_EXIT_NODE)],
  });
  await settle();
  await sim.sync();
  const test = createTestClient({ chain: devnetChain, mode: "hardhat", transport: http(ctx.rpcUrl) });
  await test.increaseTime({ seconds: 26 * 3600 });
  await test.mine({ blocks: 1 });
  await send(0, "pool payout", { address: addresses.pool, abi: rewardRatePoolAbi, functionName: "payoutReleased" });
  if (PRIOR_HISTORY.length > 0) {
    // The pre-devnet claims left currentClaimTotal far above the cap in their (now past) cycle. A
    // zero claim in the new cycle resets it to 0, so no reader (one that computes the cycle from
    // wall time, say, which runs behind devnet time) ever sees the cap as used up.
    await send(0, "open a fresh claim cycle", { address: addresses.rewards, abi: serviceNodeRewardsAbi, functionName: "claimRewards" });
  }
  await settle();
  await sim.sync();
  log("advanced chain time 26 h");

  // 3. Solo registrations with the network's prepared keys.
  const now = Number((await publicClient.getBlock({ blockTag: "latest" })).timestamp);
  for (const { node, account } of SOLO_REGISTRATIONS) {
    const operator = hardhatAddress(account);
    const r = prepareRegistration(node, operator, sim.tags.pop, sim.tags.hashToG2, now);
    const words = ed25519SignatureHexToWords(r.sig_ed25519);
    await send(account, `approve solo ${node}`, { address: addresses.token, abi: seshAbi, functionName: "approve", args: [addresses.rewards, requirement] });
    await send(account, `register solo ${node}`, {
      address: addresses.rewards,
      abi: serviceNodeRewardsAbi,
      functionName: "addBLSPublicKey",
      args: [
        blsPubkeyHexToG1(r.pubkey_bls),
        blsSignatureHexToParams(r.sig_bls),
        { serviceNodePubkey: devnetNodeKeys(node).ed25519, serviceNodeSignature1: words.sig1, serviceNodeSignature2: words.sig2, fee: 0 },
        [{ staker: { addr: operator, beneficiary: operator }, stakedAmount: requirement }],
      ],
      gas: 3_000_000n,
    });
  }

  // 4. Contribution contracts through the factory.
  const contributionContracts: SeedSummary["contributionContracts"] = [];
  for (const plan of CONTRIBUTION_CONTRACTS) {
    const operator = hardhatAddress(plan.operator);
    const r = prepareRegistration(plan.node, operator, sim.tags.pop, sim.tags.hashToG2, now);
    const words = ed25519SignatureHexToWords(r.sig_ed25519);
    await send(plan.operator, `deploy contribution contract ${plan.node}`, {
      address: addresses.factory,
      abi: serviceNodeContributionFactoryAbi,
      functionName: "deploy",
      args: [
        blsPubkeyHexToG1(r.pubkey_bls),
        blsSignatureHexToParams(r.sig_bls),
        { serviceNodePubkey: devnetNodeKeys(plan.node).ed25519, serviceNodeSignature1: words.sig1, serviceNodeSignature2: words.sig2, fee: plan.feeBps },
        plan.reserved.map((s) => ({ addr: hardhatAddress(s.account), amount: s.sesh * ATOMIC_PER_SESH })),
        plan.manualFinalize,
      ],
      gas: 8_000_000n,
    });
    const receipt = (await settle()).at(-1); // the deploy is the last transaction sent
    const contract = receipt ? contributionContractFromLogs(receipt.logs, addresses.factory) : null;
    if (!contract) throw new Error(`Seeding: no contribution contract created for node ${plan.node}`);
    contributionContracts.push({ node: plan.node, label: plan.label, address: contract });
    for (const c of plan.contributions) {
      const amount = c.sesh * ATOMIC_PER_SESH;
      await send(c.account, `approve contribution ${plan.node}`, { address: addresses.token, abi: seshAbi, functionName: "approve", args: [contract, amount] });
      await send(c.account, `contribute ${plan.node}`, {
        address: contract,
        abi: serviceNodeContributionAbi,
        functionName: "contributeFunds",
        args: [amount, hardhatAddress(c.account)],
        gas: 4_000_000n,
      });
    }
  }

  // 5. Recent exit requests (Running with a countdown).
  for (const { node, account } of EXIT_REQUESTED_NODES) {
    await send(account, `exit request ${node}`, { address: addresses.rewards, abi: serviceNodeRewardsAbi, functionName: "initiateExitBLSPublicKey", args: [await idOf(node)] });
  }
  await settle();
  log(`registered ${SOLO_REGISTRATIONS.length} solo nodes, ${CONTRIBUTION_CONTRACTS.length} contribution contracts, ${EXIT_REQUESTED_NODES.length + 1} exit requests`);

  // 6. One node exits with the network's signature.
  await sim.sync();
  const exited = devnetNodeKeys(EXITED_NODE);
  const exitSig = await sim.signRemoval(exited, "exit");
  await send(0, "signed exit", {
    address: addresses.rewards,
    abi: serviceNodeRewardsAbi,
    functionName: "exitBLSPublicKeyWithSignature",
    args: [exited.blsPubkey, BigInt(exitSig.timestamp), blsSignatureHexToParams(exitSig.signature), exitSig.non_signer_indices],
    gas: 3_000_000n,
  });
  await settle();

  // 7. An event the dApp does not know, filed by the network under a node (as the real backend files
  // BLSNonSignerThresholdMaxUpdated under the node whose id equals the new max): the last seeded
  // node's id. Then the default again. Neither changes the threshold while there are < 84 nodes.
  const maxBefore = await publicClient.readContract({ address: addresses.rewards, abi: serviceNodeRewardsAbi, functionName: "blsNonSignerThresholdMax" });
  await send(0, "non-signer max = a node id", { address: addresses.rewards, abi: serviceNodeRewardsAbi, functionName: "setBLSNonSignerThresholdMax", args: [BigInt(SEEDED_NODES.length)] });
  await send(0, "non-signer max back", { address: addresses.rewards, abi: serviceNodeRewardsAbi, functionName: "setBLSNonSignerThresholdMax", args: [maxBefore] });

  // 8. The staker's rewards (a day of rewards plus the exited node's stake) signed onto the chain.
  await sim.sync();
  const staker = hardhatAddress(3);
  const reward = await sim.rewardsSignature(staker);
  await send(0, "staker rewards balance", {
    address: addresses.rewards,
    abi: serviceNodeRewardsAbi,
    functionName: "updateRewardsBalance",
    args: [staker, reward.rewards.amount, blsSignatureHexToParams(reward.rewards.signature), reward.rewards.non_signer_indices],
    gas: 3_000_000n,
  });
  await settle();
  await sim.sync();
  log("exited one node with a network signature; staker's rewards balance on chain");
  return { contributionContracts, stakerRewardsOnChain: reward.rewards.amount, priorRewardsOnChain, vesting };
}
