// TokenVestingStaking: the constructor's rules, the nine views, vesting access (beneficiary, start,
// revoker once revoked), every staking call landing in or for the vesting contract (contribute to a
// factory-made node, solo registration with a proof of possession over the vesting contract,
// withdraw, rewards address, exit request, both claims), release, revoke, both transfers and the
// five events. One network node seeded with a key the test holds signs the rewards balances.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BaseError, type Address, type Hex, decodeErrorResult, getAddress, zeroAddress } from "viem";
import { readArtifact } from "@/devnet/deploy";
import { describeError } from "@/lib/contracts/errors";
import { serviceNodeContributionAbi } from "@/lib/contracts/abi/serviceNodeContribution";
import { serviceNodeContributionFactoryAbi } from "@/lib/contracts/abi/serviceNodeContributionFactory";
import { serviceNodeRewardsAbi } from "@/lib/contracts/abi/serviceNodeRewards";
import { seshAbi } from "@/lib/contracts/abi/sesh";
import { tokenVestingStakingAbi } from "@/lib/contracts/abi/tokenVestingStaking";
import { STAKING_REQUIREMENT, eventsOf, revertOf, startChain, type Chain } from "./chain";
import { makeNode, popSignature, readTags, serviceNodeParams, signRewards, type Tags, type TestNode } from "./bls-fixtures";
import { ATOMIC_PER_SESH } from "@/lib/staking/amounts";

const DAY = 86_400n;
const YEAR = 365n * DAY;
const VESTED = 50_000n * ATOMIC_PER_SESH;
const OPERATOR_STAKE = STAKING_REQUIREMENT / 4n;
const ZERO_ADDRESS = "Shared: Zero-address is not permitted";
const NOT_OWNED = "Contract address is not a valid multi-contributor SN contract";

let chain: Chain;
let tags: Tags;
let network: TestNode;
let beneficiary: Address;
let revoker: Address;
let operator: Address;
let stranger: Address;
let heir: Address;
let rewardsTo: Address;
/** the vesting contract most tests use: started, revocable, transferable, holding VESTED */
let vesting: Address;
let vestingStart: bigint;
let vestingEnd: bigint;
/** a multi-contributor node made by the factory, open for contributions */
let openNode: Address;
let snapshotId: Hex;
let nodeCounter = 0;

type VestingArgs = {
  beneficiary: Address;
  revoker: Address;
  start: bigint;
  end: bigint;
  transferable: boolean;
  rewards: Address;
  factory: Address;
  token: Address;
};

function deployVesting(args: VestingArgs) {
  return chain.walletClient.deployContract({
    account: chain.deployer,
    chain: chain.walletClient.chain,
    abi: tokenVestingStakingAbi,
    bytecode: readArtifact("TokenVestingStaking").bytecode,
    args: [args.beneficiary, args.revoker, args.start, args.end, args.transferable, args.rewards, args.factory, args.token],
  });
}

/** Deploys with the default arguments overridden by `overrides`; start 100 s ahead, end a year later. */
async function newVesting(overrides: Partial<VestingArgs> = {}): Promise<Address> {
  const start = (await chain.latestTimestamp()) + 100n;
  const hash = await deployVesting({
    beneficiary,
    revoker,
    start,
    end: start + YEAR,
    transferable: true,
    rewards: chain.addresses.rewards,
    factory: chain.addresses.factory,
    token: chain.addresses.token,
    ...overrides,
  });
  const receipt = await chain.publicClient.waitForTransactionReceipt({ hash, pollingInterval: 20 });
  if (receipt.status !== "success" || !receipt.contractAddress) throw new Error("vesting deployment failed");
  return getAddress(receipt.contractAddress);
}

/** The reason string a deployment reverts with, from the node's answer to its gas estimate. */
async function deployRevert(overrides: Partial<VestingArgs>): Promise<string> {
  const start = (await chain.latestTimestamp()) + 100n;
  const defaults: VestingArgs = {
    beneficiary,
    revoker,
    start,
    end: start + YEAR,
    transferable: true,
    rewards: chain.addresses.rewards,
    factory: chain.addresses.factory,
    token: chain.addresses.token,
  };
  try {
    await deployVesting({ ...defaults, ...overrides });
  } catch (error) {
    // a deployment is no contract call, so viem leaves the node's revert data undecoded
    const withData = error instanceof BaseError ? error.walk((e) => typeof (e as { data?: { data?: unknown } }).data?.data === "string") : null;
    const raw = (withData as { data?: { data?: Hex } } | null)?.data?.data;
    const decoded = raw ? decodeErrorResult({ abi: [], data: raw }) : null;
    if (decoded?.errorName === "Error") return String(decoded.args[0]);
    throw error;
  }
  throw new Error("Expected the deployment to revert");
}

const as = (from: Address, functionName: string, args: readonly unknown[] = [], address: Address = vesting) =>
  chain.send(from, { address, abi: tokenVestingStakingAbi, functionName, args });

const view = (functionName: string, address: Address = vesting) =>
  chain.publicClient.readContract({ address, abi: tokenVestingStakingAbi, functionName: functionName as "start" }) as Promise<unknown>;

const reason = async (promise: Promise<unknown>) => {
  const error = await revertOf(promise);
  expect(error.name).toBe("Error");
  return error.args[0];
};

const contributions = (node: Address) =>
  chain.publicClient.readContract({ address: node, abi: serviceNodeContributionAbi, functionName: "getContributions" });

async function deployOpenNode(): Promise<Address> {
  const node = makeNode(`vesting-open-${nodeCounter++}`);
  const receipt = await chain.send(operator, {
    address: chain.addresses.factory,
    abi: serviceNodeContributionFactoryAbi,
    functionName: "deploy",
    args: [node.pk, popSignature(tags, node, operator), serviceNodeParams(node, 500), [], false],
  });
  const created = eventsOf(serviceNodeContributionFactoryAbi, receipt, chain.addresses.factory).find(
    (e) => e.eventName === "NewServiceNodeContributionContract",
  );
  if (created?.eventName !== "NewServiceNodeContributionContract") throw new Error("no contribution contract");
  const address = created.args.contributorContract;
  await chain.approve(operator, address, OPERATOR_STAKE);
  await chain.send(operator, { address, abi: serviceNodeContributionAbi, functionName: "contributeFunds", args: [OPERATOR_STAKE, operator] });
  return address;
}

/** The network (one seeded node) signs `amount` as the lifetime rewards of `recipient`. */
const creditRewards = (recipient: Address, amount: bigint) =>
  chain.send(stranger, {
    address: chain.addresses.rewards,
    abi: serviceNodeRewardsAbi,
    functionName: "updateRewardsBalance",
    args: [recipient, amount, signRewards(tags, [network], recipient, amount), []],
  });

beforeAll(async () => {
  chain = await startChain();
  tags = await readTags(chain);
  [beneficiary, revoker, operator, stranger, heir, rewardsTo] = chain.accounts as [Address, Address, Address, Address, Address, Address];
  network = makeNode("vesting-network-1");
  const rewards = chain.addresses.rewards;
  await chain.send(chain.deployer, {
    address: rewards,
    abi: serviceNodeRewardsAbi,
    functionName: "seedPublicKeyList",
    args: [[{ blsPubkey: network.pk, ed25519Pubkey: network.ed25519, addedTimestamp: 1_000n, contributors: [{ staker: { addr: chain.deployer, beneficiary: chain.deployer }, stakedAmount: STAKING_REQUIREMENT }] }]],
  });
  await chain.send(chain.deployer, { address: rewards, abi: serviceNodeRewardsAbi, functionName: "start" });
  // the seeded stake never moved, and rewards are paid from the contract's balance
  await chain.fund(rewards, STAKING_REQUIREMENT + 1_000n * ATOMIC_PER_SESH);
  await chain.fund(operator, OPERATOR_STAKE);

  vesting = await newVesting();
  vestingStart = (await view("start")) as bigint;
  vestingEnd = (await view("end")) as bigint;
  await chain.fund(vesting, VESTED);
  openNode = await deployOpenNode();
  await chain.increaseTime(vestingStart - (await chain.latestTimestamp()));
});
afterAll(async () => chain?.stop());
beforeEach(async () => {
  snapshotId = await chain.snapshot();
});
afterEach(async () => {
  await chain.revert(snapshotId);
});

describe("constructor and views", () => {
  it("keeps every argument in the nine views, not revoked", async () => {
    const views = await Promise.all(
      ["beneficiary", "revoker", "transferableBeneficiary", "start", "end", "revoked", "SESH", "rewardsContract", "snContribFactory"].map((f) => view(f)),
    );
    expect(views).toEqual([beneficiary, revoker, true, vestingStart, vestingStart + YEAR, false, chain.addresses.token, chain.addresses.rewards, chain.addresses.factory]);
  });

  it("accepts no revoker, no factory, a non-transferable beneficiary and start == end", async () => {
    const start = (await chain.latestTimestamp()) + 50n;
    const address = await newVesting({ revoker: zeroAddress, factory: zeroAddress, transferable: false, start, end: start });
    const views = await Promise.all(["revoker", "snContribFactory", "transferableBeneficiary", "start", "end"].map((f) => view(f, address)));
    expect(views).toEqual([zeroAddress, zeroAddress, false, start, start]);
  });

  it("refuses a zero beneficiary, rewards contract or token, start after end, and a start not in the future", async () => {
    expect(await deployRevert({ beneficiary: zeroAddress })).toBe(ZERO_ADDRESS);
    expect(await deployRevert({ rewards: zeroAddress })).toBe(ZERO_ADDRESS);
    expect(await deployRevert({ token: zeroAddress })).toBe(ZERO_ADDRESS);
    const now = await chain.latestTimestamp();
    expect(await deployRevert({ start: now + 100n, end: now + 99n })).toBe("Vesting: start_ after end_");
    expect(await deployRevert({ start: now, end: now + YEAR })).toBe("Vesting: start before current time");
  });
});

describe("vesting access", () => {
  // refused before the call goes anywhere: one valid proof of possession serves every case (BLS signing is slow)
  let accessPop: ReturnType<typeof popSignature> | undefined;
  const stakingCalls = (): [string, readonly unknown[]][] => {
    const node = makeNode("access");
    accessPop ??= popSignature(tags, node, vesting);
    return [
      ["addBLSPublicKey", [node.pk, accessPop, serviceNodeParams(node), rewardsTo]],
      ["contributeFunds", [openNode, 5_000n * ATOMIC_PER_SESH, beneficiary]],
      ["withdrawContribution", [openNode]],
      ["updateBeneficiary", [openNode, heir]],
      ["initiateExitBLSPublicKey", [1n]],
      ["claimRewards", []],
      ["claimRewards", [0n]],
    ];
  };

  it("refuses every staking call from anyone but the beneficiary, the revoker included", async () => {
    for (const [fn, args] of stakingCalls()) {
      expect(await reason(as(stranger, fn, args)), fn).toBe("Vesting: Caller must be beneficiary");
      expect(await reason(as(revoker, fn, args)), fn).toBe("Vesting: Caller must be beneficiary");
    }
  });

  it("refuses the beneficiary before start, then lets it act", async () => {
    const early = await newVesting();
    for (const [fn, args] of stakingCalls()) {
      expect(await reason(as(beneficiary, fn, args, early)), fn).toBe("Vesting: not started");
    }
    await chain.increaseTime(100n);
    const receipt = await as(beneficiary, "claimRewards", [], early);
    expect(eventsOf(serviceNodeRewardsAbi, receipt)[0]).toMatchObject({ eventName: "RewardsClaimed", args: { recipientAddress: early, amount: 0n } });
  });

  it("once revoked, lets the revoker stake and claim for the contract, and not the beneficiary", async () => {
    await as(revoker, "revoke", [chain.addresses.token]);
    for (const [fn, args] of stakingCalls()) {
      expect(await reason(as(beneficiary, fn, args)), fn).toBe("Vesting: Caller must be revoker");
    }
    await as(revoker, "contributeFunds", [openNode, 5_000n * ATOMIC_PER_SESH, revoker]);
    const { addrs, beneficiaries, contribs } = await contributions(openNode).then(([addrs, beneficiaries, contribs]) => ({ addrs, beneficiaries, contribs }));
    expect([addrs[1], beneficiaries[1], contribs[1]]).toEqual([vesting, revoker, 5_000n * ATOMIC_PER_SESH]);
    await creditRewards(vesting, 10n * ATOMIC_PER_SESH);
    await as(revoker, "claimRewards");
    expect(await chain.balanceOf(vesting)).toBe(VESTED - 5_000n * ATOMIC_PER_SESH + 10n * ATOMIC_PER_SESH);
  });
});

describe("multi-contributor staking through the vesting contract", () => {
  it("contributes exactly the amount to a factory-made node, as the contributor with the given beneficiary", async () => {
    const amount = 5_000n * ATOMIC_PER_SESH;
    const receipt = await as(beneficiary, "contributeFunds", [openNode, amount, beneficiary]);
    const [addrs, beneficiaries, contribs] = await contributions(openNode);
    expect(addrs).toEqual([operator, vesting]);
    expect(beneficiaries).toEqual([operator, beneficiary]);
    expect(contribs).toEqual([OPERATOR_STAKE, amount]);
    expect(await chain.balanceOf(vesting)).toBe(VESTED - amount);
    expect(await chain.balanceOf(openNode)).toBe(OPERATOR_STAKE + amount);
    expect(await chain.balanceOf(beneficiary)).toBe(0n);
    // the approval was exactly the amount: nothing is left for the node to take later
    expect(
      await chain.publicClient.readContract({ address: chain.addresses.token, abi: seshAbi, functionName: "allowance", args: [vesting, openNode] }),
    ).toBe(0n);
    const [event] = eventsOf(serviceNodeContributionAbi, receipt, openNode).filter((e) => e.eventName === "NewContribution");
    expect(event?.args).toEqual({ contributor: vesting, beneficiary, amount });
  });

  it("refuses a contract the factory did not make, a zero beneficiary, and any node without a factory", async () => {
    const amount = 5_000n * ATOMIC_PER_SESH;
    expect(await reason(as(beneficiary, "contributeFunds", [chain.addresses.rewards, amount, beneficiary]))).toBe(NOT_OWNED);
    expect(await reason(as(beneficiary, "contributeFunds", [stranger, amount, beneficiary]))).toBe(NOT_OWNED);
    expect(await reason(as(beneficiary, "contributeFunds", [openNode, amount, zeroAddress]))).toBe(ZERO_ADDRESS);
    const noFactory = await newVesting({ factory: zeroAddress });
    await chain.increaseTime(100n);
    expect(await reason(as(beneficiary, "contributeFunds", [openNode, amount, beneficiary], noFactory))).toBe(NOT_OWNED);
    expect(await chain.balanceOf(vesting)).toBe(VESTED);
  });

  it("changes the rewards address and withdraws the stake back into the vesting contract", async () => {
    const amount = 5_000n * ATOMIC_PER_SESH;
    await as(beneficiary, "contributeFunds", [openNode, amount, beneficiary]);
    expect(await reason(as(beneficiary, "updateBeneficiary", [openNode, zeroAddress]))).toBe(ZERO_ADDRESS);
    const updated = await as(beneficiary, "updateBeneficiary", [openNode, heir]);
    expect(eventsOf(serviceNodeContributionAbi, updated, openNode)[0]?.args).toEqual({ staker: vesting, newBeneficiary: heir });
    expect((await contributions(openNode))[1]).toEqual([operator, heir]);

    await chain.increaseTime(DAY);
    const withdrawn = await as(beneficiary, "withdrawContribution", [openNode]);
    expect(eventsOf(serviceNodeContributionAbi, withdrawn, openNode)[0]?.args).toEqual({ contributor: vesting, amount });
    expect(await chain.balanceOf(vesting)).toBe(VESTED);
    expect((await contributions(openNode))[0]).toEqual([operator]);
  });
});

describe("solo registration, exit request and claims through the vesting contract", () => {
  it("registers a solo node whose proof of possession is over the vesting contract, staked by it", async () => {
    const node = makeNode("vesting-solo");
    // signed over the beneficiary's wallet it is refused: the operator is the vesting contract
    const wrongPop = [node.pk, popSignature(tags, node, beneficiary), serviceNodeParams(node), rewardsTo];
    expect((await revertOf(as(beneficiary, "addBLSPublicKey", wrongPop))).name).toBe("InvalidBLSProofOfPossession");
    const pop = popSignature(tags, node, vesting);
    expect(await reason(as(beneficiary, "addBLSPublicKey", [node.pk, pop, serviceNodeParams(node), zeroAddress]))).toBe(ZERO_ADDRESS);

    const receipt = await as(beneficiary, "addBLSPublicKey", [node.pk, pop, serviceNodeParams(node), rewardsTo]);
    const contributors = [{ staker: { addr: vesting, beneficiary: rewardsTo }, stakedAmount: STAKING_REQUIREMENT }];
    const [registered] = eventsOf(serviceNodeRewardsAbi, receipt, chain.addresses.rewards);
    expect(registered).toMatchObject({ eventName: "NewServiceNodeV2", args: { serviceNodeID: 2n, initiator: vesting, pubkey: node.pk, contributors } });
    const stored = (await chain.publicClient.readContract({ address: chain.addresses.rewards, abi: serviceNodeRewardsAbi, functionName: "serviceNodes", args: [2n] })) as {
      operator: Address;
      deposit: bigint;
      contributors: unknown;
    };
    expect([stored.operator, stored.deposit, stored.contributors]).toEqual([vesting, STAKING_REQUIREMENT, contributors]);
    expect(await chain.balanceOf(vesting)).toBe(VESTED - STAKING_REQUIREMENT);

    const exit = await as(beneficiary, "initiateExitBLSPublicKey", [2n]);
    const [requested] = eventsOf(serviceNodeRewardsAbi, exit, chain.addresses.rewards);
    expect(requested).toMatchObject({ eventName: "ServiceNodeExitRequest", args: { serviceNodeID: 2n, initiator: vesting, pubkey: node.pk } });
  });

  it("claims all and part of the rewards into the vesting contract, never the wallet", async () => {
    await creditRewards(vesting, 100n * ATOMIC_PER_SESH);
    const part = await as(beneficiary, "claimRewards", [40n * ATOMIC_PER_SESH]);
    expect(eventsOf(serviceNodeRewardsAbi, part, chain.addresses.rewards)[0]?.args).toEqual({ recipientAddress: vesting, amount: 40n * ATOMIC_PER_SESH });
    expect(await chain.balanceOf(vesting)).toBe(VESTED + 40n * ATOMIC_PER_SESH);
    expect((await revertOf(as(beneficiary, "claimRewards", [61n * ATOMIC_PER_SESH]))).name).toBe("MaxClaimExceeded");
    await as(beneficiary, "claimRewards");
    expect(await chain.balanceOf(vesting)).toBe(VESTED + 100n * ATOMIC_PER_SESH);
    expect(await chain.balanceOf(beneficiary)).toBe(0n);
  });
});

describe("release and revoke", () => {
  const token = () => chain.addresses.token;

  it("releases nothing before the end, then the whole balance to the beneficiary", async () => {
    expect(await reason(as(beneficiary, "release", [token()]))).toBe("Vesting: no tokens are due");
    await chain.increaseTime(vestingEnd - (await chain.latestTimestamp()));
    expect(await reason(as(stranger, "release", [token()]))).toBe("Vesting: Caller must be beneficiary");
    const receipt = await as(beneficiary, "release", [token()]);
    expect(eventsOf(tokenVestingStakingAbi, receipt, vesting)).toMatchObject([{ eventName: "TokensReleased", args: { token: token(), amount: VESTED } }]);
    expect([await chain.balanceOf(beneficiary), await chain.balanceOf(vesting)]).toEqual([VESTED, 0n]);
    expect(await reason(as(beneficiary, "release", [token()]))).toBe("Vesting: no tokens are due");
  });

  it("revokes before the end without moving tokens, then pays the revoker everything after the end", async () => {
    expect(await reason(as(beneficiary, "revoke", [token()]))).toBe("Vesting: Caller must be revoker");
    const receipt = await as(revoker, "revoke", [token()]);
    expect(eventsOf(tokenVestingStakingAbi, receipt, vesting)).toMatchObject([{ eventName: "TokenVestingRevoked", args: { token: token() } }]);
    expect([await view("revoked"), await chain.balanceOf(vesting)]).toEqual([true, VESTED]);

    await chain.increaseTime(vestingEnd - (await chain.latestTimestamp()));
    expect(await reason(as(beneficiary, "release", [token()]))).toBe("Vesting: token revoked");
    const swept = await as(revoker, "revoke", [token()]);
    expect(eventsOf(tokenVestingStakingAbi, swept, vesting)).toMatchObject([{ eventName: "TokensRevokedReleased", args: { token: token(), amount: VESTED } }]);
    expect([await chain.balanceOf(revoker), await chain.balanceOf(vesting)]).toEqual([VESTED, 0n]);
  });

  it("cannot be revoked after the end, nor at all without a revoker", async () => {
    await chain.increaseTime(vestingEnd + 1n - (await chain.latestTimestamp()));
    expect(await reason(as(revoker, "revoke", [token()]))).toBe("Vesting: vesting expired");
    const irrevocable = await newVesting({ revoker: zeroAddress });
    expect(await reason(as(revoker, "revoke", [token()], irrevocable))).toBe("Vesting: Caller must be revoker");
  });
});

describe("transfers of the beneficiary and the revoker", () => {
  it("moves the beneficiary when transferable: the old one loses access, the new one gains it", async () => {
    expect(await reason(as(stranger, "transferBeneficiary", [heir]))).toBe("Vesting: Caller must be beneficiary");
    expect(await reason(as(beneficiary, "transferBeneficiary", [zeroAddress]))).toBe(ZERO_ADDRESS);
    const receipt = await as(beneficiary, "transferBeneficiary", [heir]);
    expect(eventsOf(tokenVestingStakingAbi, receipt, vesting)).toMatchObject([{ eventName: "BeneficiaryTransferred", args: { oldBeneficiary: beneficiary, newBeneficiary: heir } }]);
    expect(await view("beneficiary")).toBe(heir);
    expect(await reason(as(beneficiary, "claimRewards"))).toBe("Vesting: Caller must be beneficiary");
    await as(heir, "claimRewards");
  });

  it("refuses to move a beneficiary that is not transferable", async () => {
    const fixed = await newVesting({ transferable: false });
    expect(await reason(as(beneficiary, "transferBeneficiary", [heir], fixed))).toBe("Vesting: beneficiary not transferable");
  });

  it("moves the revoker, only by the revoker, never to zero", async () => {
    expect(await reason(as(beneficiary, "transferRevoker", [heir]))).toBe("Vesting: Caller must be revoker");
    expect(await reason(as(revoker, "transferRevoker", [zeroAddress]))).toBe(ZERO_ADDRESS);
    const receipt = await as(revoker, "transferRevoker", [heir]);
    expect(eventsOf(tokenVestingStakingAbi, receipt, vesting)).toMatchObject([{ eventName: "RevokerTransferred", args: { oldRevoker: revoker, newRevoker: heir } }]);
    expect(await view("revoker")).toBe(heir);
    await as(heir, "revoke", [chain.addresses.token]);
    expect(await view("revoked")).toBe(true);
  });
});

describe("the dApp's sentences for the vesting contract's reverts, as the node reports them", () => {
  it("decodes a refused simulation (eth_call) and a refused send (gas estimate)", async () => {
    const early = await newVesting();
    const simulated = await chain.publicClient
      .simulateContract({ account: beneficiary, address: early, abi: tokenVestingStakingAbi, functionName: "claimRewards", args: [] })
      .then(() => null, (e: unknown) => e);
    const start = (await view("start", early)) as bigint;
    const startText = new Date(Number(start) * 1000).toISOString().slice(0, 16).replace("T", " ");
    expect(describeError(simulated, { vestingStart: start })).toEqual({
      kind: "revert",
      message: `This vesting contract has not started yet: it can stake from ${startText} UTC.`,
      retryable: true,
      errorName: "Vesting: not started",
    });
    const sent = await as(stranger, "claimRewards").then(() => null, (e: unknown) => e);
    expect(describeError(sent)).toMatchObject({ kind: "revert", errorName: "Vesting: Caller must be beneficiary" });
  });
});
