// ServiceNodeRewards after start: leave requests (incl. the small-contributor rule), timed and
// network-signed exits, liquidation payouts, network-signed rewards balances and both claims with
// the per-cycle cap. Four seeded nodes whose BLS keys the test holds play the Session network.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Address, type Hex, encodeFunctionData, zeroAddress } from "viem";
import { readArtifact } from "@/devnet/deploy";
import { aggregatePublicKeys } from "@/devnet/bls/keys";
import { serviceNodeRewardsAbi } from "@/lib/contracts/abi/serviceNodeRewards";
import { STAKING_REQUIREMENT, eventsOf, revertOf, startChain, type Chain } from "./chain";
import { exitMessage } from "@/devnet/bls/messages";
import { blsSign, signatureToParams } from "@/devnet/bls/sign";
import {
  makeNode,
  readTags,
  signExit,
  signLiquidation,
  signRewards,
  type Tags,
  type TestNode,
} from "./bls-fixtures";
import { ATOMIC_PER_SESH } from "@/lib/staking/amounts";

const DAY = 86_400n;
let chain: Chain;
let tags: Tags;
let rewards: Address;
let nodes: TestNode[];
let operator: Address;
let small: Address;
let stranger: Address;
let recipient: Address;
let seededAt: bigint;
let snapshotId: Hex;

beforeAll(async () => {
  chain = await startChain();
  tags = await readTags(chain);
  rewards = chain.addresses.rewards;
  [operator, small, stranger, recipient] = chain.accounts as [Address, Address, Address, Address];
  nodes = ["net-1", "net-2", "net-3", "net-4"].map(makeNode);
  seededAt = await chain.latestTimestamp();
  const solo = (addr: Address) => [{ staker: { addr, beneficiary: addr }, stakedAmount: STAKING_REQUIREMENT }];
  const withSmall = [
    { staker: { addr: operator, beneficiary: operator }, stakedAmount: (STAKING_REQUIREMENT * 4n) / 5n },
    { staker: { addr: small, beneficiary: small }, stakedAmount: STAKING_REQUIREMENT / 5n },
  ];
  await asOwner("seedPublicKeyList", [
    nodes.map((n, i) => ({
      blsPubkey: n.pk,
      ed25519Pubkey: n.ed25519,
      addedTimestamp: seededAt,
      contributors: i === 1 ? withSmall : solo(operator),
    })),
  ]);
  await asOwner("start");
  // The seeded stakes never moved; give the contract the tokens it would hold on a live network.
  await chain.fund(rewards, 4n * STAKING_REQUIREMENT);
});
afterAll(async () => chain?.stop());
beforeEach(async () => {
  snapshotId = await chain.snapshot();
});
afterEach(async () => {
  await chain.revert(snapshotId);
});

function asOwner(functionName: string, args: readonly unknown[] = []) {
  return chain.send(chain.deployer, { address: rewards, abi: serviceNodeRewardsAbi, functionName, args });
}
const call = (from: Address, functionName: string, args: readonly unknown[] = []) =>
  chain.send(from, { address: rewards, abi: serviceNodeRewardsAbi, functionName, args });
const read = (functionName: string, args: readonly unknown[] = []) =>
  chain.publicClient.readContract({
    address: rewards,
    abi: serviceNodeRewardsAbi,
    functionName: functionName as "totalNodes",
    args: args as [],
  }) as Promise<unknown>;
const nodeById = (id: bigint) =>
  read("serviceNodes", [id]) as Promise<{ leaveRequestTimestamp: bigint; latestLeaveRequestTimestamp: bigint; operator: Address }>;

describe("initiateExitBLSPublicKey", () => {
  it("only lets a contributor (by staker address) request to leave", async () => {
    expect(await revertOf(call(stranger, "initiateExitBLSPublicKey", [1n]))).toEqual({
      name: "CallerNotContributor",
      args: [1n, stranger],
    });
    expect(await revertOf(call(operator, "initiateExitBLSPublicKey", [99n]))).toEqual({
      name: "CallerNotContributor",
      args: [99n, operator],
    });
  });

  it("blocks a small contributor's first request for 30 days, allows the operator, and spaces repeats by 1 h", async () => {
    expect(await revertOf(call(small, "initiateExitBLSPublicKey", [2n]))).toEqual({
      name: "SmallContributorLeaveTooEarly",
      args: [2n, small],
    });

    const receipt = await call(operator, "initiateExitBLSPublicKey", [2n]);
    const requestedAt = await chain.latestTimestamp();
    const [event] = eventsOf(serviceNodeRewardsAbi, receipt);
    expect(event?.eventName).toBe("ServiceNodeExitRequest");
    expect(event?.args).toEqual({ serviceNodeID: 2n, initiator: operator, pubkey: nodes[1]!.pk });
    expect((await nodeById(2n)).leaveRequestTimestamp).toBe(requestedAt);

    const repeat = await revertOf(call(small, "initiateExitBLSPublicKey", [2n]));
    expect(repeat.name).toBe("LeaveRequestTooEarly");
    expect(repeat.args.slice(0, 2)).toEqual([2n, requestedAt + 3_600n]);

    await chain.increaseTime(3_600);
    await call(small, "initiateExitBLSPublicKey", [2n]); // repeats are open to any contributor
    const stored = await nodeById(2n);
    expect(stored.leaveRequestTimestamp).toBe(requestedAt); // the first request's time is kept
    expect(stored.latestLeaveRequestTimestamp).toBe(await chain.latestTimestamp());
  });

  it("lets a small contributor start the exit once the node is 30 days old", async () => {
    await chain.setNextTimestamp(seededAt + 30n * DAY);
    await call(small, "initiateExitBLSPublicKey", [2n]);
    expect((await nodeById(2n)).leaveRequestTimestamp).toBe(seededAt + 30n * DAY);
  });
});

describe("exitBLSPublicKeyAfterWaitTime", () => {
  it("needs a leave request, then 30 days, and removes the node without moving tokens", async () => {
    expect(await revertOf(call(stranger, "exitBLSPublicKeyAfterWaitTime", [1n]))).toEqual({
      name: "LeaveRequestNotInitiatedYet",
      args: [1n],
    });
    await call(operator, "initiateExitBLSPublicKey", [1n]);
    const requestedAt = await chain.latestTimestamp();
    const early = await revertOf(call(stranger, "exitBLSPublicKeyAfterWaitTime", [1n]));
    expect(early.name).toBe("LeaveRequestTooEarly");
    expect(early.args.slice(0, 2)).toEqual([1n, requestedAt + 30n * DAY]);

    await chain.setNextTimestamp(requestedAt + 30n * DAY);
    const before = await chain.balanceOf(rewards);
    const receipt = await call(stranger, "exitBLSPublicKeyAfterWaitTime", [1n]);
    const [event] = eventsOf(serviceNodeRewardsAbi, receipt);
    expect(event?.eventName).toBe("ServiceNodeExit");
    expect(event?.args).toEqual({ serviceNodeID: 1n, initiator: stranger, returnedAmount: STAKING_REQUIREMENT, pubkey: nodes[0]!.pk });
    expect(await chain.balanceOf(rewards)).toBe(before);
    expect(await read("totalNodes")).toBe(3n);
    expect(await read("aggregatePubkey")).toEqual(aggregatePublicKeys(nodes.slice(1).map((n) => n.pk)));
    expect((await nodeById(1n)).operator).toBe(zeroAddress);
    const [ids] = (await read("allServiceNodeIDs")) as [bigint[]];
    expect(ids).toEqual([2n, 3n, 4n]);
    expect(await read("blsNonSignerThreshold")).toBe(1n);
  });
});

describe("exitBLSPublicKeyWithSignature", () => {
  const exit = (from: Address, pk: TestNode["pk"], timestamp: bigint, signers: TestNode[], ids: bigint[]) =>
    call(from, "exitBLSPublicKeyWithSignature", [pk, timestamp, signExit(tags, signers, pk, timestamp), ids]);

  it("removes a node on a signature from every node (returned amount = deposit, no transfer)", async () => {
    const now = await chain.latestTimestamp();
    const before = await chain.balanceOf(rewards);
    const receipt = await exit(stranger, nodes[2]!.pk, now, nodes, []);
    const [event] = eventsOf(serviceNodeRewardsAbi, receipt);
    expect(event?.args).toEqual({ serviceNodeID: 3n, initiator: stranger, returnedAmount: STAKING_REQUIREMENT, pubkey: nodes[2]!.pk });
    expect(await read("totalNodes")).toBe(3n);
    expect(await read("serviceNodeIDs", [`0x${nodes[2]!.pk.X.toString(16).padStart(64, "0")}${nodes[2]!.pk.Y.toString(16).padStart(64, "0")}`])).toBe(0n);
    expect(await chain.balanceOf(rewards)).toBe(before);
  });

  it("accepts one non-signer (threshold = 4 / 3 = 1) when the other three signed", async () => {
    const now = await chain.latestTimestamp();
    await exit(stranger, nodes[0]!.pk, now, nodes.slice(0, 3), [4n]);
    expect(await read("totalNodes")).toBe(3n);
  });

  it("rejects two non-signers with InsufficientBLSSignatures(2, 3)", async () => {
    const now = await chain.latestTimestamp();
    expect(await revertOf(exit(stranger, nodes[0]!.pk, now, nodes.slice(0, 2), [3n, 4n]))).toEqual({
      name: "InsufficientBLSSignatures",
      args: [2n, 3n],
    });
  });

  it("rejects a stale signature with SignatureExpired, and accepts one within 600 s", async () => {
    const now = await chain.latestTimestamp();
    const stale = now - 1_000n;
    const error = await revertOf(exit(stranger, nodes[0]!.pk, stale, nodes, []));
    expect(error.name).toBe("SignatureExpired");
    expect(error.args.slice(0, 2)).toEqual([1n, stale]);

    const fresh = now - 500n;
    await exit(stranger, nodes[0]!.pk, fresh, nodes, []);
    expect(await read("totalNodes")).toBe(3n);
  });

  it("rejects an unknown key with BLSPubkeyDoesNotExist", async () => {
    const unknown = makeNode("not-registered");
    const now = await chain.latestTimestamp();
    expect(await revertOf(exit(stranger, unknown.pk, now, nodes, []))).toEqual({
      name: "BLSPubkeyDoesNotExist",
      args: [unknown.pk],
    });
  });

  it("rejects a signature over another message with InvalidBLSSignature(signers' aggregate key)", async () => {
    const now = await chain.latestTimestamp();
    const wrong = signExit(tags, nodes.slice(0, 3), nodes[0]!.pk, now + 1n);
    const error = await revertOf(call(stranger, "exitBLSPublicKeyWithSignature", [nodes[0]!.pk, now, wrong, [4n]]));
    expect(error).toEqual({ name: "InvalidBLSSignature", args: [aggregatePublicKeys(nodes.slice(0, 3).map((n) => n.pk))] });
  });

  it("is blocked while paused", async () => {
    await asOwner("pause");
    const now = await chain.latestTimestamp();
    expect((await revertOf(exit(stranger, nodes[0]!.pk, now, nodes, []))).name).toBe("EnforcedPause");
  });
});

describe("liquidateBLSPublicKeyWithSignature", () => {
  it("pays 3/10000 to the liquidator (floor) and 17/10000 to the pool (ceil): 7.5 and 42.5 SESH on 25,000", async () => {
    const now = await chain.latestTimestamp();
    const pk = nodes[3]!.pk;
    const poolBefore = await chain.balanceOf(chain.addresses.pool);
    const rewardsBefore = await chain.balanceOf(rewards);
    const receipt = await call(stranger, "liquidateBLSPublicKeyWithSignature", [pk, now, signLiquidation(tags, nodes, pk, now), []]);

    const liquidatorAmount = 7_500_000_000n; // 7.5 SESH
    const poolAmount = 42_500_000_000n; // 42.5 SESH
    expect(await chain.balanceOf(stranger)).toBe(liquidatorAmount);
    expect(await chain.balanceOf(chain.addresses.pool)).toBe(poolBefore + poolAmount);
    expect(await chain.balanceOf(rewards)).toBe(rewardsBefore - liquidatorAmount - poolAmount);
    const events = eventsOf(serviceNodeRewardsAbi, receipt, rewards);
    expect(events.map((e) => e.eventName)).toEqual(["ServiceNodeLiquidated", "ServiceNodeExit"]);
    expect(events[1]?.args).toEqual({
      serviceNodeID: 4n,
      initiator: stranger,
      returnedAmount: STAKING_REQUIREMENT - liquidatorAmount - poolAmount,
      pubkey: pk,
    });
    expect(await read("totalNodes")).toBe(3n);
  });

  it("does not accept an exit signature as a liquidation signature", async () => {
    const now = await chain.latestTimestamp();
    const pk = nodes[3]!.pk;
    const error = await revertOf(call(stranger, "liquidateBLSPublicKeyWithSignature", [pk, now, signExit(tags, nodes, pk, now), []]));
    expect(error.name).toBe("InvalidBLSSignature");
  });
});

describe("rewards balances and claims", () => {
  const update = (amount: bigint, signers: TestNode[] = nodes, ids: bigint[] = [], signedAmount = amount) =>
    call(stranger, "updateRewardsBalance", [recipient, amount, signRewards(tags, signers, recipient, signedAmount), ids]);

  it("updateRewardsBalance stores the network-signed lifetime total; claimRewards() pays exactly rewards - claimed", async () => {
    const receipt = await update(100n * ATOMIC_PER_SESH);
    const [event] = eventsOf(serviceNodeRewardsAbi, receipt);
    expect(event?.args).toEqual({ recipientAddress: recipient, amount: 100n * ATOMIC_PER_SESH, previousBalance: 0n });
    expect(await read("recipients", [recipient])).toEqual([100n * ATOMIC_PER_SESH, 0n]);

    const claim = await call(recipient, "claimRewards");
    expect(await chain.balanceOf(recipient)).toBe(100n * ATOMIC_PER_SESH);
    expect(eventsOf(serviceNodeRewardsAbi, claim, rewards)[0]?.args).toEqual({ recipientAddress: recipient, amount: 100n * ATOMIC_PER_SESH });
    expect(await read("recipients", [recipient])).toEqual([100n * ATOMIC_PER_SESH, 100n * ATOMIC_PER_SESH]);

    await call(recipient, "claimRewards"); // nothing left: a zero claim succeeds
    expect(await chain.balanceOf(recipient)).toBe(100n * ATOMIC_PER_SESH);

    await update(150n * ATOMIC_PER_SESH, nodes.slice(1), [1n]); // one non-signer is fine
    await call(recipient, "claimRewards");
    expect(await chain.balanceOf(recipient)).toBe(150n * ATOMIC_PER_SESH);
  });

  it("rejects totals that do not increase, a zero recipient and a signature over another amount", async () => {
    await update(100n * ATOMIC_PER_SESH);
    expect(await revertOf(update(100n * ATOMIC_PER_SESH))).toEqual({ name: "RecipientRewardsTooLow", args: [] });
    const zero = await revertOf(
      call(stranger, "updateRewardsBalance", [zeroAddress, 1n, signRewards(tags, nodes, zeroAddress, 1n), []]),
    );
    expect(zero.name).toBe("NullAddress");
    const wrong = await revertOf(update(200n * ATOMIC_PER_SESH, nodes, [], 201n * ATOMIC_PER_SESH));
    expect(wrong).toEqual({ name: "InvalidBLSSignature", args: [aggregatePublicKeys(nodes.map((n) => n.pk))] });
    expect(await revertOf(update(200n * ATOMIC_PER_SESH, nodes.slice(2), [1n, 2n]))).toEqual({
      name: "InsufficientBLSSignatures",
      args: [2n, 3n],
    });
  });

  it("claimRewards(amount) pays part of the balance and rejects more than unclaimed with MaxClaimExceeded", async () => {
    await update(150n * ATOMIC_PER_SESH);
    await call(recipient, "claimRewards", [60n * ATOMIC_PER_SESH]);
    expect(await chain.balanceOf(recipient)).toBe(60n * ATOMIC_PER_SESH);
    expect(await revertOf(call(recipient, "claimRewards", [91n * ATOMIC_PER_SESH]))).toEqual({ name: "MaxClaimExceeded", args: [] });
    await call(recipient, "claimRewards", [90n * ATOMIC_PER_SESH]);
    expect(await read("recipients", [recipient])).toEqual([150n * ATOMIC_PER_SESH, 150n * ATOMIC_PER_SESH]);
  });

  it("caps claims per cycle with ClaimThresholdExceeded and resets the cap in the next cycle", async () => {
    await asOwner("setClaimThreshold", [50n * ATOMIC_PER_SESH]);
    await update(100n * ATOMIC_PER_SESH);
    await call(recipient, "claimRewards", [40n * ATOMIC_PER_SESH]);
    expect(await read("currentClaimTotal")).toBe(40n * ATOMIC_PER_SESH);
    expect(await revertOf(call(recipient, "claimRewards", [20n * ATOMIC_PER_SESH]))).toEqual({ name: "ClaimThresholdExceeded", args: [] });
    expect(await revertOf(call(recipient, "claimRewards"))).toEqual({ name: "ClaimThresholdExceeded", args: [] });

    const cycle = (await read("claimCycle")) as bigint;
    const nextCycleStart = ((await chain.latestTimestamp()) / cycle + 1n) * cycle;
    await chain.setNextTimestamp(nextCycleStart);
    await call(recipient, "claimRewards", [50n * ATOMIC_PER_SESH]);
    expect(await read("currentClaimTotal")).toBe(50n * ATOMIC_PER_SESH);
    expect(await read("currentClaimCycle")).toBe(nextCycleStart / cycle);
    expect(await chain.balanceOf(recipient)).toBe(90n * ATOMIC_PER_SESH);
  });

  it("keeps claims open while paused but blocks balance updates", async () => {
    await update(10n * ATOMIC_PER_SESH);
    await asOwner("pause");
    expect((await revertOf(update(20n * ATOMIC_PER_SESH))).name).toBe("EnforcedPause");
    await call(recipient, "claimRewards");
    expect(await chain.balanceOf(recipient)).toBe(10n * ATOMIC_PER_SESH);
  });
});

describe("the production variant (ServiceNodeRewards, not LocalDevnet)", () => {
  it("refuses signed exits within 2 hours of registration with ExitTooEarly", async () => {
    // Deploy the non-devnet contract behind its own proxy, seed one node and start it.
    const impl = readArtifact("ServiceNodeRewards");
    const proxy = readArtifact("TransparentUpgradeableProxy");
    const deployed = async (hash: Hex) => {
      const receipt = await chain.publicClient.waitForTransactionReceipt({ hash, pollingInterval: 20 });
      if (!receipt.contractAddress) throw new Error("no contract deployed");
      return receipt.contractAddress;
    };
    const implAddress = await deployed(
      await chain.walletClient.deployContract({ account: chain.deployer, abi: impl.abi, bytecode: impl.bytecode }),
    );
    const init = encodeFunctionData({
      abi: serviceNodeRewardsAbi,
      functionName: "initialize",
      args: [chain.addresses.token, chain.addresses.pool, STAKING_REQUIREMENT, 10n, 3n, 17n, 9980n],
    });
    const production = await deployed(
      await chain.walletClient.deployContract({
        account: chain.deployer,
        abi: proxy.abi,
        bytecode: proxy.bytecode,
        args: [implAddress, chain.deployer, init],
      }),
    );
    const owner = (functionName: string, args: readonly unknown[] = []) =>
      chain.send(chain.deployer, { address: production, abi: serviceNodeRewardsAbi, functionName, args });
    const node = makeNode("production-1");
    const addedAt = await chain.latestTimestamp();
    await owner("seedPublicKeyList", [
      [{ blsPubkey: node.pk, ed25519Pubkey: node.ed25519, addedTimestamp: addedAt, contributors: [{ staker: { addr: operator, beneficiary: operator }, stakedAmount: STAKING_REQUIREMENT }] }],
    ]);
    await owner("start");

    const [exitTag, hashToG2Tag] = await Promise.all([
      chain.publicClient.readContract({ address: production, abi: serviceNodeRewardsAbi, functionName: "exitTag" }),
      chain.publicClient.readContract({ address: production, abi: serviceNodeRewardsAbi, functionName: "hashToG2Tag" }),
    ]);
    const signedExit = async (timestamp: bigint) =>
      chain.send(stranger, {
        address: production,
        abi: serviceNodeRewardsAbi,
        functionName: "exitBLSPublicKeyWithSignature",
        args: [node.pk, timestamp, signatureToParams(blsSign(node.sk, exitMessage(exitTag, node.pk, timestamp), hashToG2Tag)), []],
      });

    const now = await chain.latestTimestamp();
    const early = await revertOf(signedExit(now));
    expect(early.name).toBe("ExitTooEarly");
    expect(early.args.slice(0, 2)).toEqual([1n, addedAt]);

    await chain.setNextTimestamp(addedAt + 7_200n);
    await signedExit(addedAt + 7_200n);
    expect(
      await chain.publicClient.readContract({ address: production, abi: serviceNodeRewardsAbi, functionName: "totalNodes" }),
    ).toBe(0n);
  });
});
