/**
 * The simulator end to end, against a real Hardhat node with the full seeded world (started on free
 * random ports, stopped at the end): witnessing, reward signatures the contract accepts (the
 * whale's above 2^53 too), claims, exit signatures, devnet controls, the backend's dialect (JSON
 * numbers, HTML error pages) and the API's answers to malformed requests.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPublicClient, createWalletClient, http, type Address } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { seshAbi } from "@/lib/contracts/abi/sesh";
import { tokenVestingStakingAbi } from "@/lib/contracts/abi/tokenVestingStaking";
import { serviceNodeRewardsAbi } from "@/lib/contracts/abi/serviceNodeRewards";
import { blsPubkeyHexToG1, blsSignatureHexToParams, ed25519HexToUint256, ed25519SignatureHexToWords } from "@/lib/contracts/encoders";
import { createBackendClient, type BackendClient } from "@/lib/backend/client";
import { parseBackendJson } from "@/lib/backend/json";
import { exitLiquidationListResponseSchema, registrationSchema, rewardsSignatureResponseSchema } from "@/lib/backend/schemas";
import { deriveNodeState } from "@/lib/staking/node-state";
import { contractDetailsPending } from "@/lib/staking/contract-state";
import { contributionContractFromLogs } from "@/lib/contracts/events";
import { serviceNodeContributionFactoryAbi } from "@/lib/contracts/abi/serviceNodeContributionFactory";
import { hardhatAddress, hardhatKey } from "../accounts";
import { devnetChain } from "../deploy";
import { devnetNodeKeys } from "../node-keys";
import { startDevnet, type RunningDevnet } from "../start";
import { DEREGISTERED_NODES, EXIT_REQUESTED_NODES, PRIOR_HISTORY, READY_TO_EXIT_NODE, SEEDED_NODES } from "../world-plan";
import { freePort } from "@/scripts/free-port.mjs";
import { ATOMIC_PER_SESH } from "@/lib/staking/amounts";

const DETAILS_DELAY_MS = 3_000;


let devnet: RunningDevnet;
let api: BackendClient;
let apiUrl: string;
const publicClient = () => createPublicClient({ chain: devnetChain, transport: http(devnet.state.rpcUrl) });
const walletOf = (index: number) =>
  createWalletClient({ account: privateKeyToAccount(hardhatKey(index)), chain: devnetChain, transport: http(devnet.state.rpcUrl) });

async function send(index: number, request: Parameters<ReturnType<typeof walletOf>["writeContract"]>[0]) {
  const hash = await walletOf(index).writeContract(request);
  const receipt = await publicClient().waitForTransactionReceipt({ hash, pollingInterval: 50 });
  expect(receipt.status).toBe("success");
  return receipt;
}

beforeAll(async () => {
  const [rpcPort, apiPort] = [await freePort(), await freePort()];
  // how long this takes is the bench's figure (cold npm run dev), not a timed assertion here
  // a new contract's details stay pending 3 s here (1 s by default): long enough to observe without a race
  devnet = await startDevnet({ rpcPort, apiPort, writeStateFile: false, contractDetailsDelayMs: DETAILS_DELAY_MS });
  apiUrl = devnet.state.backendApiUrl;
  api = createBackendClient(apiUrl);
}, 120_000);

afterAll(async () => {
  await devnet?.stop();
});

describe("network simulator on a seeded devnet", () => {
  it("serves the seeded world through every endpoint in the schemas' shapes", async () => {
    const info = await api.getInfo();
    expect(info.network.node_count).toBeGreaterThanOrEqual(30);
    expect(info.network.staking_requirement).toBe(25_000n * ATOMIC_PER_SESH);
    const nodes = await api.getNodes();
    expect(nodes.nodes.length).toBe(info.network.node_count);
    expect(Object.keys((await api.getNodesBls()).bls_keys)).toHaveLength(info.network.node_count);
    const contracts = await api.getContributionContracts();
    expect(contracts.contracts.map((c) => c.status).sort()).toEqual(["awaitingOperator", "open", "open", "open", "open", "awaitingActivation", "finalized"].sort());
    // the seeded world is older than any "details pending" window
    expect(contracts.contracts.filter(contractDetailsPending)).toEqual([]);
    const operatorStakes = await api.getStakes(hardhatAddress(1));
    expect(operatorStakes.stakes.length).toBeGreaterThan(3);
    expect(operatorStakes.contracts.length).toBeGreaterThan(2);
    const readyNode = operatorStakes.stakes.find((s) => s.pubkey_ed25519 === devnetNodeKeys(READY_TO_EXIT_NODE).ed25519Hex);
    expect(readyNode?.requested_unlock_height).toBeGreaterThan(0);
    expect(readyNode!.requested_unlock_height).toBeLessThan(info.network.block_height);
    const staker = await api.getRewards(hardhatAddress(3));
    expect(staker.rewards.lifetime_unlocked_stakes).toBe(25_000n * ATOMIC_PER_SESH); // its exited node's stake
    expect((await api.getDailyRewards(hardhatAddress(2))).rewards.length).toBeGreaterThan(0);
    const one = await api.getContributionContract(contracts.contracts[1]!.service_node_pubkey);
    expect(one.contract?.address).toBe(contracts.contracts[1]!.address);
    // every account's answers parse (the client validates each response with its schema)
    for (const account of devnet.state.accounts) {
      await api.getStakes(account.address);
      await api.getRewards(account.address);
      await api.getDailyRewards(account.address);
    }
    const listText = await (await fetch(`${apiUrl}/exit_liquidation_list`)).text();
    expect(listText).toContain('"version":1');
    const list = exitLiquidationListResponseSchema.parse(parseBackendJson(listText));
    expect(list.result.map((r) => r.type).sort()).toEqual(["deregister", "exit"]);
  });

  it("speaks the backend's dialect: integers as JSON numbers, 0/1 booleans, null self-beneficiaries, an event the dApp does not know", async () => {
    const text = await (await fetch(`${apiUrl}/nodes`)).text();
    expect(text).toMatch(/"staking_requirement":25000000000000[,}]/);
    expect(text).toMatch(/"active":[01],/);
    expect(text).toContain('"beneficiary":null');
    expect(text).not.toMatch(/"amount":"/); // never a decimal string
    // the last seeded node (id 28) carries BLSNonSignerThresholdMaxUpdated, as the backend files it
    expect(text).toContain('"name":"BLSNonSignerThresholdMaxUpdated"');
    const { nodes, network } = await api.getNodes();
    const tagged = nodes.find((n) => n.contract_id === SEEDED_NODES.length)!;
    expect(tagged.events.map((e) => [e.name, e.raw_name])).toContainEqual(["other", "BLSNonSignerThresholdMaxUpdated"]);
    expect(deriveNodeState(tagged, network.block_height)).toBe("Running");
    // a null beneficiary arrives as the staker's own address
    for (const node of nodes) for (const c of node.contributors) expect(c.beneficiary).toMatch(/^0x[0-9a-fA-F]{40}$/);
  });

  it("leaves the contract's settings and the claim cycle as a fresh devnet has them after the pre-devnet claims", async () => {
    const read = (functionName: "claimThreshold" | "currentClaimTotal" | "blsNonSignerThresholdMax") =>
      publicClient().readContract({ address: devnet.state.contracts.rewards, abi: serviceNodeRewardsAbi, functionName });
    expect(await read("claimThreshold")).toBe(1_000_000n * ATOMIC_PER_SESH);
    expect(await read("currentClaimTotal")).toBe(0n);
    expect(await read("blsNonSignerThresholdMax")).toBe(4_000n);
    const whale = hardhatAddress(5);
    // the claimed tokens went back to the reserve: the whale holds its funding less what it staked
    const balance = await publicClient().readContract({ address: devnet.state.contracts.token, abi: seshAbi, functionName: "balanceOf", args: [whale] });
    expect(balance).toBeLessThan(100_000n * ATOMIC_PER_SESH);
  });

  it("witnesses a new registration within 2 s of its block", async () => {
    const fresh = hardhatAddress(4);
    const res = await fetch(`${apiUrl}/devnet/registrations`, { method: "POST", body: JSON.stringify({ operator: fresh }) });
    expect(res.status).toBe(200);
    const registration = registrationSchema.parse(((await res.json()) as { registration: unknown }).registration);
    const listed = (await api.getRegistrations(fresh)).registrations;
    expect(listed[0]?.pubkey_ed25519).toBe(registration.pubkey_ed25519); // newest first
    expect(listed).toHaveLength(2); // plus the one prepared at start

    const requirement = 25_000n * ATOMIC_PER_SESH;
    await send(4, { address: devnet.state.contracts.token, abi: seshAbi, functionName: "approve", args: [devnet.state.contracts.rewards, requirement] });
    const words = ed25519SignatureHexToWords(registration.sig_ed25519);
    await send(4, {
      address: devnet.state.contracts.rewards,
      abi: serviceNodeRewardsAbi,
      functionName: "addBLSPublicKey",
      args: [
        blsPubkeyHexToG1(registration.pubkey_bls),
        blsSignatureHexToParams(registration.sig_bls),
        { serviceNodePubkey: ed25519HexToUint256(registration.pubkey_ed25519), serviceNodeSignature1: words.sig1, serviceNodeSignature2: words.sig2, fee: 0 },
        [{ staker: { addr: fresh, beneficiary: fresh }, stakedAmount: requirement }],
      ],
    });
    const mined = Date.now();
    let seenAfter = Infinity;
    while (Date.now() - mined < 5_000) {
      const stakes = await api.getStakes(fresh);
      if (stakes.stakes.some((s) => s.pubkey_ed25519 === registration.pubkey_ed25519)) {
        seenAfter = Date.now() - mined;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    console.log(`registration witnessed ${seenAfter} ms after its block`);
    expect(seenAfter).toBeLessThanOrEqual(2_000);
  });

  it("lists a new contribution contract with its details pending (null fee, key and activation mode) for its first seconds, then known", async () => {
    const operator = hardhatAddress(4);
    const res = await fetch(`${apiUrl}/devnet/registrations`, { method: "POST", body: JSON.stringify({ operator }) });
    const r = registrationSchema.parse(((await res.json()) as { registration: unknown }).registration);
    const words = ed25519SignatureHexToWords(r.sig_ed25519);
    const receipt = await send(4, {
      address: devnet.state.contracts.factory,
      abi: serviceNodeContributionFactoryAbi,
      functionName: "deploy",
      args: [
        blsPubkeyHexToG1(r.pubkey_bls),
        blsSignatureHexToParams(r.sig_bls),
        { serviceNodePubkey: ed25519HexToUint256(r.pubkey_ed25519), serviceNodeSignature1: words.sig1, serviceNodeSignature2: words.sig2, fee: 300 },
        [],
        false,
      ],
    });
    const address = contributionContractFromLogs(receipt.logs, devnet.state.contracts.factory)!;
    await devnet.simulator.sync();
    const rowOf = async () => (await api.getContributionContracts()).contracts.find((c) => c.address === address);
    // as the real backend lists a contract it has not read yet: the row names the node, its settings are null
    const text = await (await fetch(`${apiUrl}/contract/contribution/${r.pubkey_ed25519}`)).text();
    expect(text).toContain('"fee":null');
    expect(text).toContain('"manual_finalize":null');
    expect(text).toContain('"pubkey_bls":null');
    const pending = await rowOf();
    expect([pending?.operator_address, pending?.service_node_pubkey, pending?.fee, pending?.pubkey_bls, pending?.manual_finalize]).toEqual([operator, r.pubkey_ed25519, null, null, null]);
    expect(contractDetailsPending(pending!)).toBe(true);

    const started = Date.now();
    while (contractDetailsPending((await rowOf())!) && Date.now() - started < DETAILS_DELAY_MS + 2_000) await new Promise((done) => setTimeout(done, 100));
    const known = await rowOf();
    expect([known?.fee, known?.pubkey_bls, known?.manual_finalize]).toEqual([300, r.pubkey_bls, false]);

    // the devnet control holds one contract's details back for a test, and lets them go
    const hold = (pendingSeconds: number) => fetch(`${apiUrl}/devnet/contract-details`, { method: "POST", body: JSON.stringify({ address, pendingSeconds }) });
    expect((await hold(60)).status).toBe(200);
    expect(contractDetailsPending((await rowOf())!)).toBe(true);
    expect((await hold(0)).status).toBe(200);
    expect(contractDetailsPending((await rowOf())!)).toBe(false);
    // or every contract of an operator, for a test that wants a contract pending from its first listing
    const holdOperator = (pendingSeconds: number) => fetch(`${apiUrl}/devnet/contract-details`, { method: "POST", body: JSON.stringify({ operator, pendingSeconds }) });
    expect((await holdOperator(60)).status).toBe(200);
    expect(contractDetailsPending((await rowOf())!)).toBe(false); // the contract's own entry (released) wins
    expect((await hold(60)).status).toBe(200);
    expect((await hold(0)).status).toBe(200);
    expect((await holdOperator(0)).status).toBe(200);
    expect(contractDetailsPending((await rowOf())!)).toBe(false);
    const unknown = await fetch(`${apiUrl}/devnet/contract-details`, { method: "POST", body: JSON.stringify({ address: hardhatAddress(9), pendingSeconds: 5 }) });
    expect(unknown.status).toBe(404);
  });

  it("signs a rewards balance that updateRewardsBalance accepts, and claimRewards pays exactly the unclaimed amount", async () => {
    const contributor = hardhatAddress(2);
    const { rewards: signed } = await api.getRewardsSignature(contributor);
    expect(signed.non_signer_indices.length).toBeGreaterThan(0); // decommissioned nodes do not sign
    await send(0, {
      address: devnet.state.contracts.rewards,
      abi: serviceNodeRewardsAbi,
      functionName: "updateRewardsBalance",
      args: [contributor, signed.amount, blsSignatureHexToParams(signed.signature), signed.non_signer_indices],
    });
    const client = publicClient();
    const [onChain, claimedBefore] = await client.readContract({ address: devnet.state.contracts.rewards, abi: serviceNodeRewardsAbi, functionName: "recipients", args: [contributor] });
    expect(onChain).toBe(signed.amount);
    const balanceBefore = await client.readContract({ address: devnet.state.contracts.token, abi: seshAbi, functionName: "balanceOf", args: [contributor] });
    await send(2, { address: devnet.state.contracts.rewards, abi: serviceNodeRewardsAbi, functionName: "claimRewards" });
    const balanceAfter = await client.readContract({ address: devnet.state.contracts.token, abi: seshAbi, functionName: "balanceOf", args: [contributor] });
    expect(balanceAfter - balanceBefore).toBe(signed.amount - claimedBefore);
    const after = await api.getRewards(contributor);
    expect(after.rewards.claimed_rewards + after.rewards.claimed_stakes).toBe(signed.amount);
  });

  it("signs an exit for a Ready To Exit node that exitBLSPublicKeyWithSignature accepts, then reports it Exited", async () => {
    const key = devnetNodeKeys(READY_TO_EXIT_NODE).ed25519Hex;
    const { result } = await api.getExit(key);
    const receipt = await send(0, {
      address: devnet.state.contracts.rewards,
      abi: serviceNodeRewardsAbi,
      functionName: "exitBLSPublicKeyWithSignature",
      args: [blsPubkeyHexToG1(result.bls_pubkey), BigInt(result.timestamp), blsSignatureHexToParams(result.signature), result.non_signer_indices],
    });
    expect(receipt.logs.length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 1_200));
    const stake = (await api.getStakes(hardhatAddress(1))).stakes.find((s) => s.pubkey_ed25519 === key);
    expect(stake?.events[0]?.name).toBe("ServiceNodeExit");
    await expect(api.getExit(key)).rejects.toMatchObject({ status: 404 });
  });

  it("advances chain time and Session height together, so a requested exit unlocks", async () => {
    const key = devnetNodeKeys(EXIT_REQUESTED_NODES[0]!.node).ed25519Hex;
    await expect(api.getExit(key)).rejects.toMatchObject({ status: 404 });
    const before = (await api.getInfo()).network.block_height;
    const res = await fetch(`${apiUrl}/devnet/advance`, { method: "POST", body: JSON.stringify({ seconds: 2 * 86_400 }) });
    expect(res.status).toBe(200);
    const after = (await api.getInfo()).network.block_height;
    expect(after - before).toBeGreaterThanOrEqual(1_440);
    expect(after - before).toBeLessThan(1_445);
    expect((await api.getExit(key)).result.bls_pubkey).toBe(devnetNodeKeys(EXIT_REQUESTED_NODES[0]!.node).blsHex);
  });

  it("signs a liquidation for the deregistered node that the contract accepts, and books the penalty", async () => {
    const key = devnetNodeKeys(DEREGISTERED_NODES[0]!.node).ed25519Hex;
    const deregistered = (await api.getNodes()).nodes.find((s) => s.pubkey_ed25519 === key)!;
    expect(deregistered.exit_type).toBe("deregister");
    const operator = deregistered.operator_address;
    const { result } = await api.getLiquidation(key);
    await send(0, {
      address: devnet.state.contracts.rewards,
      abi: serviceNodeRewardsAbi,
      functionName: "liquidateBLSPublicKeyWithSignature",
      args: [blsPubkeyHexToG1(result.bls_pubkey), BigInt(result.timestamp), blsSignatureHexToParams(result.signature), result.non_signer_indices],
    });
    await devnet.simulator.sync();
    const rewards = (await api.getRewards(operator)).rewards;
    // 3 / 17 / 9980 split of 25,000 SESH: 7.5 to the liquidator, 42.5 to the pool
    expect(rewards.lifetime_liquidated_stakes).toBe(50n * ATOMIC_PER_SESH);
    expect(rewards.lifetime_unlocked_stakes).toBe(25_000n * ATOMIC_PER_SESH);
  });

  it("forgets what an evm_revert undid", async () => {
    const client = publicClient();
    const snapshot = await client.request({ method: "evm_snapshot" as "eth_chainId" }); // Hardhat-only method, untyped in viem
    const node = SEEDED_NODES[0]!;
    const key = devnetNodeKeys(node.node).ed25519Hex;
    const id = (await api.getNodes()).nodes.find((s) => s.pubkey_ed25519 === key)!.contract_id;
    await send(node.contributors[0]!.account, { address: devnet.state.contracts.rewards, abi: serviceNodeRewardsAbi, functionName: "initiateExitBLSPublicKey", args: [BigInt(id)] });
    await devnet.simulator.sync();
    expect((await api.getNodes()).nodes.find((s) => s.contract_id === id)!.requested_unlock_height).toBeGreaterThan(0);
    await client.request({ method: "evm_revert" as "eth_chainId", params: [snapshot] as unknown as undefined });
    await devnet.simulator.sync();
    expect((await api.getNodes()).nodes.find((s) => s.contract_id === id)!.requested_unlock_height).toBe(0);
  });

  it("mints 10,000 SESH through the gateway and sends 1 ETH from the faucet", async () => {
    const someone = "0x000000000000000000000000000000000000dEaD" as Address;
    const client = publicClient();
    const supply = () => client.readContract({ address: devnet.state.contracts.token, abi: seshAbi, functionName: "totalSupply" });
    const supplyBefore = await supply();
    const res = await fetch(`${apiUrl}/devnet/faucet`, { method: "POST", body: JSON.stringify({ address: someone }) });
    expect(res.status).toBe(200);
    expect(await client.readContract({ address: devnet.state.contracts.token, abi: seshAbi, functionName: "balanceOf", args: [someone] })).toBe(10_000n * ATOMIC_PER_SESH);
    // SESHL2 has no reserve to send from: the faucet's SESH is new supply, minted by the gateway
    expect(await supply()).toBe(supplyBefore + 10_000n * ATOMIC_PER_SESH);
    expect(await client.getBalance({ address: someone })).toBeGreaterThanOrEqual(10n ** 18n);
  });

  it("signs the whale's lifetime total above 2^53 digit for digit: the contract accepts it, an amount one off (as a float rounds it) fails, the claim pays the rest", async () => {
    const whale = hardhatAddress(5);
    // the plan's pre-devnet history, restated here: 9,500,000.123456789 SESH earned, all but 1,234.56789 SESH claimed
    const lifetimeBefore = 9_500_000_123_456_789n;
    const claimedBefore = lifetimeBefore - 1_234_567_890_000n;
    expect(PRIOR_HISTORY).toContainEqual({ account: 5, lifetimeRewards: lifetimeBefore, claimedOnChain: claimedBefore });
    const client = publicClient();
    const [authorisedBefore, claimedOnChain] = await client.readContract({ address: devnet.state.contracts.rewards, abi: serviceNodeRewardsAbi, functionName: "recipients", args: [whale] });
    expect(claimedOnChain).toBe(claimedBefore);
    expect(authorisedBefore).toBeGreaterThanOrEqual(lifetimeBefore);

    // the claimed total is odd and above 2^53: JSON.parse would hand on a neighbour, the client the exact figure
    const infoText = await (await fetch(`${apiUrl}/rewards/${whale}`)).text();
    expect(infoText).toContain(`"claimed_rewards":${claimedBefore}`);
    expect(BigInt((JSON.parse(infoText) as { rewards: { claimed_rewards: number } }).rewards.claimed_rewards)).not.toBe(claimedBefore);
    expect((await api.getRewards(whale)).rewards.claimed_rewards).toBe(claimedBefore);

    // the signed lifetime total (history plus what the whale earned on the devnet) as the text has it
    const text = await (await fetch(`${apiUrl}/rewards/${whale}`, { method: "POST" })).text();
    const digits = /"amount":(\d+)[,}]/.exec(text)?.[1] ?? "";
    expect(BigInt(digits)).toBeGreaterThan(lifetimeBefore);
    expect(text).not.toContain("aggregate_pubkey"); // left out, as oxend dev b208672 does
    const signed = rewardsSignatureResponseSchema.parse(parseBackendJson(text)).rewards;
    expect(signed.amount).toBe(BigInt(digits));

    // above 2^53 a float holds only every second integer: an amount one off, as rounding makes it, fails the signature
    const args = (amount: bigint) => [whale, amount, blsSignatureHexToParams(signed.signature), signed.non_signer_indices] as const;
    for (const wrong of [signed.amount - 1n, signed.amount + 1n]) {
      await expect(
        client.simulateContract({ account: hardhatAddress(0), address: devnet.state.contracts.rewards, abi: serviceNodeRewardsAbi, functionName: "updateRewardsBalance", args: args(wrong) }),
      ).rejects.toThrow(/InvalidBLSSignature/);
    }
    await send(0, { address: devnet.state.contracts.rewards, abi: serviceNodeRewardsAbi, functionName: "updateRewardsBalance", args: args(signed.amount) });
    const [authorised] = await client.readContract({ address: devnet.state.contracts.rewards, abi: serviceNodeRewardsAbi, functionName: "recipients", args: [whale] });
    expect(authorised).toBe(signed.amount);

    const balanceBefore = await client.readContract({ address: devnet.state.contracts.token, abi: seshAbi, functionName: "balanceOf", args: [whale] });
    await send(5, { address: devnet.state.contracts.rewards, abi: serviceNodeRewardsAbi, functionName: "claimRewards" });
    const balanceAfter = await client.readContract({ address: devnet.state.contracts.token, abi: seshAbi, functionName: "balanceOf", args: [whale] });
    expect(balanceAfter - balanceBefore).toBe(signed.amount - claimedBefore);
    expect(balanceAfter - balanceBefore).toBeGreaterThan(1_234_567_890_000n);
    const after = (await api.getRewards(whale)).rewards;
    expect(after.claimed_rewards + after.claimed_stakes).toBe(signed.amount);
  });

  it("answers malformed and unknown requests as Flask does (HTML error pages with the status), the devnet controls with JSON, and keeps serving", async () => {
    const cases: [string, string, number, string?][] = [
      ["GET", "/stakes/0x123", 400],
      ["GET", "/rewards/not-an-address", 400],
      ["POST", "/rewards/0x70997970c51812dc3a010c7d01b50e0d17dc79C8", 400], // bad checksum
      ["GET", "/exit/xyz", 400],
      ["GET", `/exit/${"0".repeat(64)}`, 404],
      ["GET", `/liquidation/${"ab".repeat(32)}`, 404],
      ["POST", "/rewards/0x000000000000000000000000000000000000dEaD", 404], // no rewards
      ["GET", "/no/such/route", 404],
      ["POST", "/info", 405],
      ["POST", "/devnet/advance", 400, "{not json"],
      ["POST", "/devnet/advance", 400, JSON.stringify({ seconds: -5 })],
      ["POST", "/devnet/faucet", 400, JSON.stringify({ address: "0xnope" })],
      ["POST", "/devnet/registrations", 400, JSON.stringify({})],
    ];
    for (const [method, path, status, body] of cases) {
      const res = await fetch(`${apiUrl}${path}`, { method, body });
      expect(res.status, `${method} ${path}`).toBe(status);
      if (path.startsWith("/devnet/")) {
        const json = (await res.json()) as { error?: unknown };
        expect(typeof json.error, `${method} ${path}`).toBe("string");
      } else {
        expect(res.headers.get("content-type"), `${method} ${path}`).toMatch(/^text\/html/);
        expect(await res.text(), `${method} ${path}`).toMatch(new RegExp(`^<!doctype html>\\n<html lang=en>\\n<title>${status} `));
      }
    }
    // the client words each status itself
    await expect(api.getExit("0".repeat(64))).rejects.toThrow(/^The network has not made this node's exit signature available yet/);
    await expect(api.getRewardsSignature("0x000000000000000000000000000000000000dEaD")).rejects.toMatchObject({ status: 404 });
    expect((await api.getContributionContract("cd".repeat(32))).contract).toBeNull();
    expect((await fetch(`${apiUrl}/info`, { method: "OPTIONS" })).headers.get("access-control-allow-origin")).toBe("*");
    expect((await api.getInfo()).network.nettype).toBe("devnet");
  });
});

describe("vesting contracts on the seeded devnet (spec Appendix C)", () => {
  it("lists them to their beneficiary as the chain has them, answers stakes and rewards for a vesting address, and follows a beneficiary transfer", async () => {
    const investor = hardhatAddress(16);
    const seeded = devnet.state.vesting;
    expect(seeded.map((v) => v.role).sort()).toEqual(["locked", "notStarted", "revoked", "transferable", "unlocked"]);
    const listed = (await api.getStakes(investor)).vesting;
    expect(listed.map((v) => v.address).sort()).toEqual(seeded.map((v) => v.address).sort());
    const client = publicClient();
    const view = (address: Address, functionName: "beneficiary" | "revoker" | "start" | "end" | "transferableBeneficiary" | "revoked") =>
      client.readContract({ address, abi: tokenVestingStakingAbi, functionName }) as Promise<unknown>;
    for (const row of listed) {
      expect(await view(row.address, "beneficiary")).toBe(row.beneficiary);
      expect(await view(row.address, "revoker")).toBe(row.revoker);
      expect(await view(row.address, "start")).toBe(BigInt(row.time_start));
      expect(await view(row.address, "end")).toBe(BigInt(row.time_end));
      expect(await view(row.address, "transferableBeneficiary")).toBe(row.transferable_beneficiary);
    }
    const byRole = (role: string) => seeded.find((v) => v.role === role)!;
    expect(await view(byRole("revoked").address, "revoked")).toBe(true);
    const now = (await client.getBlock()).timestamp;
    expect(BigInt(byRole("unlocked").end)).toBeLessThan(now);
    expect(BigInt(byRole("notStarted").start)).toBeGreaterThan(now);
    // the locked contract stakes a whole node alone and has rewards to claim, under its own address
    const locked = byRole("locked").address;
    const stakes = await api.getStakes(locked);
    expect(stakes.stakes).toHaveLength(1);
    expect(stakes.stakes[0]?.contributors).toEqual([{ address: locked, beneficiary: locked, amount: 25_000n * ATOMIC_PER_SESH }]);
    const rewards = (await api.getRewards(locked)).rewards;
    expect(rewards.locked_stakes).toBe(25_000n * ATOMIC_PER_SESH);
    expect(rewards.lifetime_rewards).toBeGreaterThan(0n);
    // a transfer on chain moves the row to the new beneficiary once witnessed
    const heir = hardhatAddress(4);
    const transferable = byRole("transferable").address;
    await send(16, { address: transferable, abi: tokenVestingStakingAbi, functionName: "transferBeneficiary", args: [heir], chain: devnetChain, account: privateKeyToAccount(hardhatKey(16)) });
    await devnet.simulator.sync();
    expect((await api.getStakes(heir)).vesting.map((v) => [v.address, v.beneficiary, v.initial_beneficiary])).toEqual([[transferable, heir, investor]]);
    expect((await api.getStakes(investor)).vesting.map((v) => v.address)).not.toContain(transferable);
  });
});
