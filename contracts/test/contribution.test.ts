// ServiceNodeContributionFactory + ServiceNodeContribution: deployment through the factory, the
// status machine, minimum-contribution maths, reservations, withdrawal delay, auto and manual
// finalisation into ServiceNodeRewards, and reset refunds.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Address, type Hex, zeroAddress } from "viem";
import { serviceNodeRewardsAbi } from "@/lib/contracts/abi/serviceNodeRewards";
import { serviceNodeContributionAbi } from "@/lib/contracts/abi/serviceNodeContribution";
import { serviceNodeContributionFactoryAbi } from "@/lib/contracts/abi/serviceNodeContributionFactory";
import { seshAbi } from "@/lib/contracts/abi/sesh";
import { STAKING_REQUIREMENT, eventsOf, revertOf, startChain, type Chain } from "./chain";
import { makeNode, popSignature, readTags, serviceNodeParams, type Tags, type TestNode } from "./bls-fixtures";
import { ATOMIC_PER_SESH } from "@/lib/staking/amounts";

const DAY = 86_400n;
const OPERATOR_MINIMUM = STAKING_REQUIREMENT / 4n; // 6,250 SESH
let chain: Chain;
let tags: Tags;
let operator: Address;
let alice: Address;
let bob: Address;
let stranger: Address;
let snapshotId: Hex;
let nodeCounter = 0;

beforeAll(async () => {
  chain = await startChain();
  tags = await readTags(chain);
  [operator, alice, bob, stranger] = chain.accounts as [Address, Address, Address, Address];
  await chain.send(chain.deployer, { address: chain.addresses.rewards, abi: serviceNodeRewardsAbi, functionName: "start" });
  for (const who of [operator, alice, bob, stranger]) await chain.fund(who, 100_000n * ATOMIC_PER_SESH);
});
afterAll(async () => chain?.stop());
beforeEach(async () => {
  snapshotId = await chain.snapshot();
});
afterEach(async () => {
  await chain.revert(snapshotId);
});

type Reserved = { addr: Address; amount: bigint }[];

function deployArgs(node: TestNode, reserved: Reserved, manualFinalize: boolean, fee = 1_000) {
  return [node.pk, popSignature(tags, node, operator), serviceNodeParams(node, fee), reserved, manualFinalize] as const;
}

async function deployContribution(options: { reserved?: Reserved; manualFinalize?: boolean } = {}) {
  const node = makeNode(`contrib-${nodeCounter++}`);
  const receipt = await chain.send(operator, {
    address: chain.addresses.factory,
    abi: serviceNodeContributionFactoryAbi,
    functionName: "deploy",
    args: deployArgs(node, options.reserved ?? [], options.manualFinalize ?? false),
  });
  const created = eventsOf(serviceNodeContributionFactoryAbi, receipt, chain.addresses.factory).find(
    (e) => e.eventName === "NewServiceNodeContributionContract",
  );
  if (!created || created.eventName !== "NewServiceNodeContributionContract") throw new Error("no contract created");
  return { node, address: created.args.contributorContract, receipt };
}

const contract = (address: Address) => ({
  read: (functionName: string, args: readonly unknown[] = []) =>
    chain.publicClient.readContract({
      address,
      abi: serviceNodeContributionAbi,
      functionName: functionName as "status",
      args: args as [],
    }) as Promise<unknown>,
  send: (from: Address, functionName: string, args: readonly unknown[] = []) =>
    chain.send(from, { address, abi: serviceNodeContributionAbi, functionName, args }),
  /** approve exactly `amount`, then contributeFunds(amount, beneficiary) */
  contribute: async (from: Address, amount: bigint, beneficiary: Address = zeroAddress) => {
    await chain.approve(from, address, amount);
    return chain.send(from, { address, abi: serviceNodeContributionAbi, functionName: "contributeFunds", args: [amount, beneficiary] });
  },
});

describe("factory deploy", () => {
  it("creates a contract owned by the factory with the caller as operator, emitting the setup events in order", async () => {
    const { address, node, receipt } = await deployContribution({ reserved: [{ addr: operator, amount: OPERATOR_MINIMUM }] });
    const c = contract(address);
    expect(await c.read("operator")).toBe(operator);
    expect(await c.read("status")).toBe(0);
    expect(await c.read("stakingRequirement")).toBe(STAKING_REQUIREMENT);
    expect(await c.read("maxContributors")).toBe(10n);
    expect(await c.read("SESH")).toBe(chain.addresses.token);
    expect(await c.read("stakingRewardsContract")).toBe(chain.addresses.rewards);
    expect(await c.read("blsPubkey")).toEqual([node.pk.X, node.pk.Y]);
    expect(await c.read("serviceNodeParams")).toEqual(serviceNodeParams(node, 1_000));
    expect(
      await chain.publicClient.readContract({
        address: chain.addresses.factory,
        abi: serviceNodeContributionFactoryAbi,
        functionName: "owns",
        args: [address],
      }),
    ).toBe(true);
    const names = eventsOf(serviceNodeContributionAbi, receipt, address).map((e) => e.eventName);
    expect(names).toEqual([
      "UpdateReservedContributors",
      "Reset",
      "UpdatePubkeys",
      "UpdateFee",
      "UpdateReservedContributors",
      "UpdateManualFinalize",
    ]);
    const factoryEvent = eventsOf(serviceNodeContributionFactoryAbi, receipt, chain.addresses.factory)[0];
    expect(factoryEvent?.args).toEqual({ contributorContract: address, serviceNodePubkey: node.ed25519, operator });
  });

  it("reverts the deploy on a bad proof of possession, a fee above 100 % or a paused factory", async () => {
    const node = makeNode("bad-deploy");
    const factoryCall = (args: readonly unknown[]) =>
      chain.send(operator, { address: chain.addresses.factory, abi: serviceNodeContributionFactoryAbi, functionName: "deploy", args });
    const badPop = [node.pk, popSignature(tags, node, alice), serviceNodeParams(node), [], false];
    expect((await revertOf(factoryCall(badPop))).name).toBe("InvalidBLSProofOfPossession");
    expect(await revertOf(factoryCall(deployArgs(node, [], false, 10_001)))).toEqual({
      name: "FeeExceedsPossibleValue",
      args: [10_001, 10_000],
    });
    await chain.send(chain.deployer, { address: chain.addresses.factory, abi: serviceNodeContributionFactoryAbi, functionName: "pause" });
    expect((await revertOf(factoryCall(deployArgs(node, [], false)))).name).toBe("EnforcedPause");
  });
});

describe("contributions and minimums", () => {
  it("requires the operator first, with at least 25 %, which opens the node to the public", async () => {
    const { address } = await deployContribution();
    const c = contract(address);
    expect(await revertOf(c.contribute(alice, OPERATOR_MINIMUM))).toEqual({
      name: "FirstContributionMustBeOperator",
      args: [alice, operator],
    });
    expect(await c.read("minimumContribution")).toBe(OPERATOR_MINIMUM);
    expect(await revertOf(c.contribute(operator, OPERATOR_MINIMUM - 1n))).toEqual({
      name: "ContributionBelowMinAmount",
      args: [OPERATOR_MINIMUM - 1n, OPERATOR_MINIMUM],
    });
    const before = await chain.balanceOf(operator);
    const receipt = await c.contribute(operator, OPERATOR_MINIMUM);
    expect(eventsOf(serviceNodeContributionAbi, receipt, address).map((e) => e.eventName)).toEqual([
      "OpenForPublicContribution",
      "NewContribution",
    ]);
    expect(await c.read("status")).toBe(1);
    expect(await c.read("operatorContribution")).toBe(OPERATOR_MINIMUM);
    expect(await chain.balanceOf(operator)).toBe(before - OPERATOR_MINIMUM);
    expect(await chain.balanceOf(address)).toBe(OPERATOR_MINIMUM);
  });

  it("computes the public minimum as ceil(remaining / slots left) and lets top-ups go below it", async () => {
    const { address } = await deployContribution();
    const c = contract(address);
    await c.contribute(operator, OPERATOR_MINIMUM);
    // 18,750 SESH left over 9 open slots = 2,083.333333334 SESH (rounded up in atomic units).
    const expected = 2_083_333_333_334n;
    expect(await c.read("minimumContribution")).toBe(expected);
    expect(await revertOf(c.contribute(alice, expected - 1n))).toEqual({
      name: "ContributionBelowMinAmount",
      args: [expected - 1n, expected],
    });
    await c.contribute(alice, expected, bob);
    await c.contribute(alice, 1n); // a top-up has no minimum
    expect(await c.read("contributions", [alice])).toBe(expected + 1n);
    expect(await c.read("getContributions")).toEqual([
      [operator, alice],
      [operator, bob],
      [OPERATOR_MINIMUM, expected + 1n],
    ]);
    expect(await c.read("totalContribution")).toBe(OPERATOR_MINIMUM + expected + 1n);
  });

  it("calcMinimumContribution and minimumOperatorContribution follow the spec formulas", async () => {
    const { address } = await deployContribution();
    const c = contract(address);
    expect(await c.read("calcMinimumContribution", [70n * ATOMIC_PER_SESH, 2n, 10n])).toBe(8_750_000_000n);
    expect(await c.read("calcMinimumContribution", [100n, 0n, 10n])).toBe(25n);
    expect(await c.read("calcMinimumContribution", [101n, 0n, 10n])).toBe(26n);
    expect(await c.read("minimumOperatorContribution", [STAKING_REQUIREMENT])).toBe(OPERATOR_MINIMUM);
    expect(await revertOf(c.read("calcMinimumContribution", [1n, 10n, 10n]))).toEqual({
      name: "CalcMinContributionGivenBadContribArgs",
      args: [10n, 10n],
    });
  });

  it("reproduces the spec's 120-SESH example: reservations 30 + 20 leave a 8.75 SESH minimum", async () => {
    await chain.send(chain.deployer, {
      address: chain.addresses.rewards,
      abi: serviceNodeRewardsAbi,
      functionName: "setStakingRequirement",
      args: [120n * ATOMIC_PER_SESH],
    });
    const { address } = await deployContribution({
      reserved: [
        { addr: operator, amount: 30n * ATOMIC_PER_SESH },
        { addr: alice, amount: 20n * ATOMIC_PER_SESH },
      ],
    });
    const c = contract(address);
    expect(await c.read("stakingRequirement")).toBe(120n * ATOMIC_PER_SESH);
    expect(await c.read("minimumContribution")).toBe(8_750_000_000n);
    expect(await c.read("totalReservedContribution")).toBe(50n * ATOMIC_PER_SESH);
    expect(await c.read("getReserved")).toEqual([[operator, alice], [30n * ATOMIC_PER_SESH, 20n * ATOMIC_PER_SESH], [false, false]]);
  });
});

describe("reservations", () => {
  it("validates the reservation list with the spec's errors", async () => {
    const { address } = await deployContribution();
    const c = contract(address);
    const update = (list: Reserved, from: Address = operator) => revertOf(c.send(from, "updateReservedContributors", [list]));
    const others = chain.accounts.slice(4, 14);

    expect(await update([{ addr: operator, amount: OPERATOR_MINIMUM }], alice)).toEqual({
      name: "OnlyOperatorIsAuthorised",
      args: [alice, operator],
    });
    const eleven = [operator, ...others].slice(0, 11).map((addr) => ({ addr, amount: 1_000n * ATOMIC_PER_SESH }));
    expect(eleven.length).toBe(11);
    expect(await update(eleven)).toEqual({ name: "TooManyReservedContributors", args: [11n, 10n] });
    expect(await update([{ addr: alice, amount: OPERATOR_MINIMUM }])).toEqual({
      name: "FirstReservedContributorMustBeOperator",
      args: [0n, operator],
    });
    expect(
      await update([
        { addr: operator, amount: OPERATOR_MINIMUM },
        { addr: zeroAddress, amount: 5_000n * ATOMIC_PER_SESH },
      ]),
    ).toEqual({ name: "ReservedContributorHasZeroAddress", args: [1n] });
    expect(
      await update([
        { addr: operator, amount: OPERATOR_MINIMUM },
        { addr: alice, amount: 5_000n * ATOMIC_PER_SESH },
        { addr: alice, amount: 5_000n * ATOMIC_PER_SESH },
      ]),
    ).toEqual({ name: "DuplicateAddressInReservedContributor", args: [2n] });
    expect(await update([{ addr: operator, amount: OPERATOR_MINIMUM - 1n }])).toEqual({
      name: "ReservedContributionBelowMinAmount",
      args: [0n, OPERATOR_MINIMUM - 1n, OPERATOR_MINIMUM],
    });
    expect(
      await update([
        { addr: operator, amount: 20_000n * ATOMIC_PER_SESH },
        { addr: alice, amount: 6_000n * ATOMIC_PER_SESH },
      ]),
    ).toEqual({ name: "ReservedContributionExceedsStakingRequirement", args: [1n, 6_000n * ATOMIC_PER_SESH, 5_000n * ATOMIC_PER_SESH] });

    const receipt = await c.send(operator, "updateReservedContributors", [
      [
        { addr: operator, amount: OPERATOR_MINIMUM },
        { addr: alice, amount: 10_000n * ATOMIC_PER_SESH },
      ],
    ]);
    expect(eventsOf(serviceNodeContributionAbi, receipt)[0]?.eventName).toBe("UpdateReservedContributors");
    expect(await c.read("reservedContributions", [alice])).toEqual([10_000n * ATOMIC_PER_SESH, false]);
  });

  it("holds reserved amounts back from the public and requires the reserved amount from its holder", async () => {
    const { address } = await deployContribution({
      reserved: [
        { addr: operator, amount: OPERATOR_MINIMUM },
        { addr: alice, amount: 10_000n * ATOMIC_PER_SESH },
      ],
    });
    const c = contract(address);
    await c.contribute(operator, OPERATOR_MINIMUM);
    expect(await revertOf(c.contribute(alice, 9_999n * ATOMIC_PER_SESH))).toEqual({
      name: "ContributionBelowReservedAmount",
      args: [9_999n * ATOMIC_PER_SESH, 10_000n * ATOMIC_PER_SESH],
    });
    // 8,750 SESH are free for the public; 8,751 would eat into alice's reservation.
    expect(await revertOf(c.contribute(bob, 8_751n * ATOMIC_PER_SESH))).toEqual({
      name: "ContributionExceedsStakingRequirement",
      args: [OPERATOR_MINIMUM + 8_751n * ATOMIC_PER_SESH, 10_000n * ATOMIC_PER_SESH, STAKING_REQUIREMENT],
    });
    await c.contribute(alice, 10_000n * ATOMIC_PER_SESH);
    expect(await c.read("reservedContributions", [alice])).toEqual([10_000n * ATOMIC_PER_SESH, true]);
    expect(await c.read("totalReservedContribution")).toBe(0n);
  });

  it("only allows parameter updates while waiting for the operator", async () => {
    const { address } = await deployContribution();
    const c = contract(address);
    await c.send(operator, "updateFee", [2_500]);
    expect(((await c.read("serviceNodeParams")) as { fee: number }).fee).toBe(2_500);
    await c.contribute(operator, OPERATOR_MINIMUM);
    expect(await revertOf(c.send(operator, "updateFee", [100]))).toEqual({
      name: "RequireWaitForOperatorContribStatus",
      args: [1],
    });
  });
});

describe("withdrawals and resets", () => {
  it("makes contributors wait a day (WithdrawTooEarly), then refunds them and frees their slot", async () => {
    const { address } = await deployContribution();
    const c = contract(address);
    await c.contribute(operator, OPERATOR_MINIMUM);
    await c.contribute(alice, 5_000n * ATOMIC_PER_SESH);
    const contributedAt = await chain.latestTimestamp();
    const early = await revertOf(c.send(alice, "withdrawContribution"));
    expect(early.name).toBe("WithdrawTooEarly");
    expect([early.args[0], early.args[2]]).toEqual([contributedAt, DAY]);

    await chain.setNextTimestamp(contributedAt + DAY);
    const before = await chain.balanceOf(alice);
    const receipt = await c.send(alice, "withdrawContribution");
    expect(eventsOf(serviceNodeContributionAbi, receipt, address)[0]?.args).toEqual({ contributor: alice, amount: 5_000n * ATOMIC_PER_SESH });
    expect(await chain.balanceOf(alice)).toBe(before + 5_000n * ATOMIC_PER_SESH);
    expect(await c.read("contributorAddressesLength")).toBe(1n);
    expect(await c.read("contributions", [alice])).toBe(0n);
  });

  it("reset() and the operator's withdraw refund everyone and return to status 0", async () => {
    const { address } = await deployContribution();
    const c = contract(address);
    const operatorStart = await chain.balanceOf(operator);
    const aliceStart = await chain.balanceOf(alice);
    await c.contribute(operator, OPERATOR_MINIMUM);
    await c.contribute(alice, 5_000n * ATOMIC_PER_SESH);
    expect(await revertOf(c.send(alice, "reset"))).toEqual({ name: "OnlyOperatorIsAuthorised", args: [alice, operator] });

    const receipt = await c.send(operator, "reset");
    expect(eventsOf(serviceNodeContributionAbi, receipt, address).map((e) => e.eventName)).toEqual([
      "UpdateReservedContributors",
      "Reset",
    ]);
    expect(await chain.balanceOf(operator)).toBe(operatorStart);
    expect(await chain.balanceOf(alice)).toBe(aliceStart);
    expect(await chain.balanceOf(address)).toBe(0n);
    expect(await c.read("status")).toBe(0);
    expect(await c.read("getContributions")).toEqual([[], [], []]);

    await c.contribute(operator, OPERATOR_MINIMUM);
    await c.send(operator, "withdrawContribution"); // the operator's withdraw is an immediate reset
    expect(await chain.balanceOf(operator)).toBe(operatorStart);
    expect(await c.read("status")).toBe(0);
  });

  it("stops contributions when the rewards contract's requirement changed", async () => {
    const { address } = await deployContribution();
    const c = contract(address);
    await chain.send(chain.deployer, {
      address: chain.addresses.rewards,
      abi: serviceNodeRewardsAbi,
      functionName: "setStakingRequirement",
      args: [30_000n * ATOMIC_PER_SESH],
    });
    expect(await revertOf(c.contribute(operator, OPERATOR_MINIMUM))).toEqual({
      name: "RewardsContractMaxContributorsChanged",
      args: [STAKING_REQUIREMENT, 30_000n * ATOMIC_PER_SESH],
    });
  });
});

describe("finalisation", () => {
  it("auto-finalises in the filling contribution and registers the node with contributors in order", async () => {
    const { address, node } = await deployContribution();
    const c = contract(address);
    await c.contribute(operator, OPERATOR_MINIMUM);
    await c.contribute(alice, 8_750n * ATOMIC_PER_SESH, bob);
    const rewardsBefore = await chain.balanceOf(chain.addresses.rewards);
    const receipt = await c.contribute(stranger, 10_000n * ATOMIC_PER_SESH);

    expect(eventsOf(serviceNodeContributionAbi, receipt, address).map((e) => e.eventName)).toEqual([
      "Filled",
      "NewContribution",
      "Finalized",
    ]);
    const registered = eventsOf(serviceNodeRewardsAbi, receipt, chain.addresses.rewards).find((e) => e.eventName === "NewServiceNodeV2");
    const expectedContributors = [
      { staker: { addr: operator, beneficiary: operator }, stakedAmount: OPERATOR_MINIMUM },
      { staker: { addr: alice, beneficiary: bob }, stakedAmount: 8_750n * ATOMIC_PER_SESH },
      { staker: { addr: stranger, beneficiary: stranger }, stakedAmount: 10_000n * ATOMIC_PER_SESH },
    ];
    expect(registered?.args).toMatchObject({ initiator: address, pubkey: node.pk, contributors: expectedContributors });
    expect(await c.read("status")).toBe(3);
    expect(await chain.balanceOf(address)).toBe(0n);
    expect(await chain.balanceOf(chain.addresses.rewards)).toBe(rewardsBefore + STAKING_REQUIREMENT);
    const id = await chain.publicClient.readContract({
      address: chain.addresses.rewards,
      abi: serviceNodeRewardsAbi,
      functionName: "ed25519ToServiceNodeID",
      args: [node.ed25519],
    });
    const stored = await chain.publicClient.readContract({
      address: chain.addresses.rewards,
      abi: serviceNodeRewardsAbi,
      functionName: "serviceNodes",
      args: [id],
    });
    expect(stored.operator).toBe(operator);
    expect(stored.contributors).toEqual(expectedContributors);
    expect(await revertOf(c.contribute(bob, 1n))).toEqual({ name: "ContributeFundsNotPossible", args: [3] });
  });

  it("waits for the operator's finalize() when manualFinalize is set", async () => {
    const { address } = await deployContribution({ manualFinalize: true });
    const c = contract(address);
    await c.contribute(operator, OPERATOR_MINIMUM);
    expect(await revertOf(c.send(operator, "finalize"))).toEqual({ name: "FinalizeNotPossible", args: [1] });
    await c.contribute(alice, STAKING_REQUIREMENT - OPERATOR_MINIMUM);
    expect(await c.read("status")).toBe(2);
    expect(await chain.balanceOf(address)).toBe(STAKING_REQUIREMENT);
    expect(await revertOf(c.send(alice, "finalize"))).toEqual({ name: "OnlyOperatorIsAuthorised", args: [alice, operator] });

    const receipt = await c.send(operator, "finalize");
    expect(eventsOf(serviceNodeRewardsAbi, receipt, chain.addresses.rewards).map((e) => e.eventName)).toEqual(["NewServiceNodeV2"]);
    expect(await c.read("status")).toBe(3);
    expect(await chain.balanceOf(address)).toBe(0n);
  });

  it("lets contributors change their beneficiary only while the node is open", async () => {
    const { address } = await deployContribution();
    const c = contract(address);
    expect((await revertOf(c.send(operator, "updateBeneficiary", [bob]))).name).toBe("BeneficiaryUpdatingDisabledNodeIsNotOpen");
    await c.contribute(operator, OPERATOR_MINIMUM);
    expect(await revertOf(c.send(alice, "updateBeneficiary", [bob]))).toEqual({
      name: "NonContributorUpdatedBeneficiary",
      args: [alice],
    });
    const receipt = await c.send(operator, "updateBeneficiary", [bob]);
    expect(eventsOf(serviceNodeContributionAbi, receipt)[0]?.args).toEqual({ staker: operator, newBeneficiary: bob });
    expect(await c.read("contributorAddresses", [0n])).toEqual({ addr: operator, beneficiary: bob });
  });
});

describe("operator maintenance", () => {
  it("resetUpdateAndContribute refunds, swaps keys and settings, and re-contributes in one call", async () => {
    const { address } = await deployContribution();
    const c = contract(address);
    const aliceStart = await chain.balanceOf(alice);
    await c.contribute(operator, OPERATOR_MINIMUM);
    await c.contribute(alice, 5_000n * ATOMIC_PER_SESH);

    const fresh = makeNode("reset-update-1");
    await chain.approve(operator, address, OPERATOR_MINIMUM);
    await c.send(operator, "resetUpdateAndContribute", [
      fresh.pk,
      popSignature(tags, fresh, operator),
      serviceNodeParams(fresh, 300),
      [],
      true,
      bob,
      OPERATOR_MINIMUM,
    ]);
    expect(await chain.balanceOf(alice)).toBe(aliceStart);
    expect(await c.read("blsPubkey")).toEqual([fresh.pk.X, fresh.pk.Y]);
    expect(await c.read("serviceNodeParams")).toEqual(serviceNodeParams(fresh, 300));
    expect(await c.read("manualFinalize")).toBe(true);
    expect(await c.read("status")).toBe(1);
    expect(await c.read("getContributions")).toEqual([[operator], [bob], [OPERATOR_MINIMUM]]);
    expect(await chain.balanceOf(address)).toBe(OPERATOR_MINIMUM);
  });

  it("rescueERC20 returns stray tokens to the operator only while no stake is being collected", async () => {
    const { address } = await deployContribution();
    const c = contract(address);
    expect(await revertOf(c.send(operator, "rescueERC20", [chain.addresses.token]))).toEqual({
      name: "RescueBalanceIsEmpty",
      args: [chain.addresses.token],
    });
    await chain.send(alice, { address: chain.addresses.token, abi: seshAbi, functionName: "transfer", args: [address, 7n * ATOMIC_PER_SESH] });
    const before = await chain.balanceOf(operator);
    await c.send(operator, "rescueERC20", [chain.addresses.token]);
    expect(await chain.balanceOf(operator)).toBe(before + 7n * ATOMIC_PER_SESH);

    await c.contribute(operator, OPERATOR_MINIMUM);
    expect(await revertOf(c.send(operator, "rescueERC20", [chain.addresses.token]))).toEqual({ name: "RescueNotPossible", args: [1] });
  });
});
