/**
 * The client against answers in the real staking backend's shapes (spec §5.3, §5.5), independent of
 * the devnet simulator: raw text fixtures in __fixtures__/ served by a fake fetch with the backend's
 * content types, so JSON.parse's rounding above 2^53 and Flask's HTML error pages would bite if the
 * client let them. Expected values are written out from the fixtures' text, not from the code.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { claimableFromBackend, dailyEarnings } from "@/lib/staking/rewards";
import { deriveNodeState } from "@/lib/staking/node-state";
import { contractDetailsPending } from "@/lib/staking/contract-state";
import { createBackendClient, BackendApiError } from "./client";
import { parseBackendJson } from "./json";
import { exitLiquidationListResponseSchema } from "./schemas";

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), "utf8");

const WHALE = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";
const OPERATOR = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const CONTRIBUTOR = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const THEIR_BENEFICIARY = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const KEY_63 = "0f3a5c7e9b1d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a";
const ED_B = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";

type Answer = { status: number; file: string };

/** The backend as a table: "METHOD /path" -> fixture, with Flask's content types. */
function backend(routes: Record<string, Answer>) {
  const calls: string[] = [];
  const impl = async (url: string, init?: { method?: string }) => {
    const key = `${init?.method ?? "GET"} ${new URL(url).pathname}`;
    calls.push(key);
    const answer = routes[key] ?? { status: 404, file: "error-404.html" };
    const type = answer.file.endsWith(".html") ? "text/html; charset=utf-8" : "application/json";
    return new Response(fixture(answer.file), { status: answer.status, headers: { "content-type": type } });
  };
  return { client: createBackendClient("https://backend.example", impl), calls };
}

const ok = (file: string): Answer => ({ status: 200, file });

describe("the client reads the real backend's answers", () => {
  it("premise: the fixtures hold integers that JSON.parse rounds", () => {
    const text = fixture("rewards.json");
    expect(text).toContain('"claimed_rewards": 9498765555566789');
    const plain = JSON.parse(text) as { rewards: { claimed_rewards: number } };
    expect(BigInt(plain.rewards.claimed_rewards)).not.toBe(9_498_765_555_566_789n);
  });

  it("GET /info: amounts of the network info as bigints, counters as numbers", async () => {
    const { client } = backend({ "GET /info": ok("info.json") });
    const { network, t } = await client.getInfo();
    expect(network.staking_requirement).toBe(25_000_000_000_000n);
    expect(network.min_operator_contribution).toBe(6_250_000_000_000n);
    expect(network.block_height).toBe(954_321);
    expect(network.median_operator_fee).toBe(50_000);
    expect(t).toBe(1_748_342_412);
  });

  it("GET /nodes: 0/1 booleans, null beneficiary = the staker, a 63-character key padded, an unknown event kept and ignored, uint256 args exact", async () => {
    const { client } = backend({ "GET /nodes": ok("nodes.json") });
    const { nodes, network } = await client.getNodes();
    const [running, deregistered] = nodes;
    expect(running?.active).toBe(true);
    expect(deregistered?.active).toBe(false);
    expect(running?.contributors).toEqual([
      { address: OPERATOR, beneficiary: OPERATOR, amount: 6_250_000_000_000n },
      { address: CONTRIBUTOR, beneficiary: THEIR_BENEFICIARY, amount: 18_750_000_000_000n },
    ]);
    expect(running?.service_node_pubkey).toBe(KEY_63);
    expect(running?.service_node_pubkey).toBe(running?.pubkey_ed25519);
    expect(running?.events.map((e) => [e.name, e.raw_name])).toEqual([
      ["other", "BLSNonSignerThresholdMaxUpdated"],
      ["NewServiceNodeV2", "NewServiceNodeV2"],
    ]);
    const args = running?.events[1]?.args as { pubkey: { X: unknown }; serviceNode: { serviceNodeSignature2: unknown; fee: unknown } };
    expect(args.pubkey.X).toBe(11836524677592296387017729638178939173311213132088280701364843053329280983280n);
    expect(args.serviceNode.serviceNodeSignature2).toBe(12_000_000_000_000_001n);
    expect(args.serviceNode.fee).toBe(500);
    // the newest event is the unknown one: the state machine looks past it
    expect(deriveNodeState(running!, network.block_height)).toBe("Running");
    expect(deriveNodeState(deregistered!, network.block_height)).toBe("Deregistered");
    // extras the schema does not name are dropped (swarm_id is a uint64 above 2^53)
    expect(running).not.toHaveProperty("swarm_id");
  });

  it("GET /nodes/bls: key -> id", async () => {
    const { client } = backend({ "GET /nodes/bls": ok("nodes-bls.json") });
    const { bls_keys } = await client.getNodesBls();
    expect(Object.values(bls_keys).sort((a, b) => a - b)).toEqual([12, 97]);
  });

  it("GET /stakes: the older revision's 0x pubkey_bls and 63-character service_node_pubkey normalised, vesting amounts exact", async () => {
    const { client, calls } = backend({ [`GET /stakes/${CONTRIBUTOR}`]: ok("stakes.json") });
    const answer = await client.getStakes(CONTRIBUTOR);
    expect(calls).toEqual([`GET /stakes/${CONTRIBUTOR}`]);
    const contract = answer.contracts[0];
    expect(contract?.pubkey_bls).toBe(
      "003c4d5e6f708192a3b4c5d6e7f80910213243546576879809a0b0c0d0e0f01a2d3c4b5a69788796a5b4c3d2e1f0ffeeddccbbaa998877665544332211000f1e",
    );
    expect(contract?.service_node_pubkey).toBe("0badc0de".repeat(8));
    expect(contract?.manual_finalize).toBe(false);
    expect(contract?.contributors.map((c) => [c.amount, c.reserved, c.beneficiary_address])).toEqual([
      [12_500_000_000_000n, 0n, null],
      [0n, 5_000_000_000_000n, null],
    ]);
    expect(answer.stakes[0]?.contributors[0]?.beneficiary).toBe(OPERATOR);
    expect(answer.vesting[0]?.initial_amount).toBe(12_000_000_000_000_001n);
    expect(answer.vesting[0]?.transferable_beneficiary).toBe(true);
    expect(answer.vesting[0]?.time_start).toBe(1_748_342_400);
  });

  it("GET /rewards: every amount exact above 2^53, and the portal's claimable math on them", async () => {
    const { client } = backend({ [`GET /rewards/${WHALE}`]: ok("rewards.json") });
    const { rewards } = await client.getRewards(WHALE);
    expect(rewards).toEqual({
      amount: 9_524_950_098_456_789n,
      claimed_rewards: 9_498_765_555_566_789n,
      claimed_stakes: 25_000_000_000_000n,
      lifetime_liquidated_stakes: 50_000_000_000n,
      lifetime_locked_stakes: 75_000_000_000_000n,
      lifetime_rewards: 9_500_000_098_456_789n,
      lifetime_unlocked_stakes: 25_000_000_000_000n,
      locked_stakes: 50_000_000_000_000n,
      timelocked_stakes: 25_000_000_000_000n,
    });
    // 9,500,000.098456789 − 9,498,765.555566789 SESH of rewards; the stake was claimed but for its 50 SESH penalty
    expect(claimableFromBackend(rewards)).toEqual({ stakes: 0n, rewards: 1_234_542_890_000n, total: 1_234_542_890_000n });
  });

  it("GET /rewards for an unknown address: the zero-filled record, claimed fields included", async () => {
    const { client } = backend({ [`GET /rewards/${WHALE}`]: ok("rewards-unknown.json") });
    const { rewards } = await client.getRewards(WHALE);
    expect(Object.values(rewards)).toEqual(Array(9).fill(0n));
  });

  it("POST /rewards without aggregate_pubkey (oxend dev b208672) and with it (newer): the amount and ids exact", async () => {
    const older = backend({ [`POST /rewards/${WHALE}`]: ok("rewards-signature.json") });
    const { rewards } = await older.client.getRewardsSignature(WHALE);
    expect(older.calls).toEqual([`POST /rewards/${WHALE}`]);
    expect(rewards.aggregate_pubkey).toBeUndefined();
    expect(rewards.amount).toBe(9_524_950_098_456_789n);
    expect(rewards.non_signer_indices).toEqual([3n, 17n, 1502n]);
    expect(rewards.signature).toHaveLength(256);
    // the informational message ends with the same amount, big-endian: one more witness of exactness
    expect(BigInt(`0x${rewards.msg_to_sign?.slice(-64)}`)).toBe(rewards.amount);

    const newer = backend({ [`POST /rewards/${WHALE}`]: ok("rewards-signature-newer.json") });
    const signed = (await newer.client.getRewardsSignature(WHALE)).rewards;
    expect(signed.aggregate_pubkey).toHaveLength(128);
    expect(signed.non_signer_indices).toEqual([]);
  });

  it("GET /daily-rewards: lifetime totals exact, float timestamps kept", async () => {
    const { client } = backend({ [`GET /daily-rewards/${WHALE}`]: ok("daily-rewards.json") });
    const { rewards } = await client.getDailyRewards(WHALE);
    expect(rewards.map((r) => [r.block, r.lifetime_rewards, r.timestamp])).toEqual([
      [953_600, 9_500_000_000_000_001n, 1_748_256_000.518372],
      [954_320, 9_500_000_098_456_789n, 1_748_342_400.0291],
    ]);
    expect(dailyEarnings(rewards).map((d) => d.earned)).toEqual([0n, 98_456_788n]);
  });

  it("GET /exit without msg_to_sign, GET /liquidation with it", async () => {
    const { client } = backend({ [`GET /exit/${ED_B}`]: ok("exit.json"), [`GET /liquidation/${ED_B}`]: ok("liquidation.json") });
    const exit = (await client.getExit(ED_B)).result;
    expect(exit.msg_to_sign).toBeUndefined();
    expect(exit.non_signer_indices).toEqual([5n]);
    expect(exit.timestamp).toBe(1_748_342_410);
    expect(exit.bls_pubkey).toHaveLength(128);
    const liquidation = (await client.getLiquidation(ED_B)).result;
    expect(liquidation.msg_to_sign).toHaveLength(64);
  });

  it("GET /exit_liquidation_list: a numeric version", () => {
    const list = exitLiquidationListResponseSchema.parse(parseBackendJson(fixture("exit-liquidation-list.json")));
    expect(list.result[0]?.version).toBe("1");
    expect(list.result[0]?.type).toBe("deregister");
  });

  it("GET /registrations: a float timestamp", async () => {
    const { client } = backend({ [`GET /registrations/${OPERATOR}`]: ok("registrations.json") });
    const [registration] = (await client.getRegistrations(OPERATOR)).registrations;
    expect(registration?.timestamp).toBe(1_748_340_000.731204);
    expect(registration?.pubkey_ed25519).toBe(KEY_63);
  });

  it("GET /contract/contribution and /contract/contribution/<key>: not-ready contracts, status defaulted, and no contract at all", async () => {
    const key = "c0ffee00".repeat(8);
    const { client } = backend({ "GET /contract/contribution": ok("contract-contribution.json"), [`GET /contract/contribution/${key}`]: ok("contract-contribution-none.json") });
    const { contracts } = await client.getContributionContracts();
    // the fixture's fourth row (operator and node key still null, §5.9) names no node: skipped, not an error
    expect(contracts.map((c) => [c.address, c.status, c.fee, c.pubkey_bls === null, c.manual_finalize])).toEqual([
      ["0x5FbDB2315678afecb367f032d93F642f64180aa3", "open", 800, false, false],
      ["0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512", "awaitingOperator", null, true, true],
      // just created: fee, key and activation mode all unknown (null, not false)
      ["0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9", "awaitingOperator", null, true, null],
    ]);
    expect(contracts.map((c) => contractDetailsPending(c))).toEqual([false, true, true]);
    expect((await client.getContributionContract(key)).contract).toBeNull();
    // a row that names no node yet is no contract yet, not an error
    const nameless = "2a2b3c4d".repeat(8);
    const second = backend({ [`GET /contract/contribution/${nameless}`]: ok("contract-contribution-nameless.json") });
    expect((await second.client.getContributionContract(nameless)).contract).toBeNull();
  });
});

describe("the client words the backend's HTML error pages by their status", () => {
  const cases: [number, string, (c: ReturnType<typeof backend>["client"]) => Promise<unknown>, string][] = [
    [400, "error-400.html", (c) => c.getStakes(WHALE), "The staking backend refused the request for your stakes as malformed."],
    [404, "error-404.html", (c) => c.getExit(ED_B), "The network has not made this node's exit signature available yet (it offers one once the node may leave)."],
    [404, "error-404.html", (c) => c.getRewardsSignature(WHALE), "The network has no rewards to sign for this address yet."],
    [404, "error-404.html", (c) => c.getRewards(WHALE), "The network has nothing for your rewards yet."],
    [408, "error-408.html", (c) => c.getExit(ED_B), "The network did not answer in time for the node's exit signature; try again in a minute."],
    [504, "error-504.html", (c) => c.getRewardsSignature(WHALE), "The network could not produce a rewards claim signature in time; try again in a minute."],
    [500, "error-500.html", (c) => c.getNodes(), "The staking backend failed (HTTP 500) while loading the node list; try again later."],
  ];
  for (const [status, file, call, sentence] of cases) {
    it(`${status} (${file}) -> "${sentence}"`, async () => {
      const paths = [`GET /stakes/${WHALE}`, `GET /exit/${ED_B}`, `POST /rewards/${WHALE}`, `GET /rewards/${WHALE}`, "GET /nodes"];
      const { client } = backend(Object.fromEntries(paths.map((p) => [p, { status, file }])));
      const error = await call(client).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackendApiError);
      expect(error).toMatchObject({ status, message: sentence });
    });
  }
});
