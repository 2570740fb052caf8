import { describe, expect, it } from "vitest";
import { invalidBackendAnswer } from "./validate";

const network = {
  active_node_count: 2, block_hash: "ab", block_height: 10, block_timestamp: 1_700_000_000, hard_fork: 21, immutable_block_hash: "cd", immutable_block_height: 8,
  max_stakers: 10, median_operator_fee: 0, min_operator_contribution: 6_250_000_000_000, nettype: "devnet", node_count: 2, pulse_target_timestamp: 1_700_000_120,
  staking_requirement: 25_000_000_000_000, version: "11.0.0",
};

describe("proxy validation of backend answers", () => {
  it("lets a well-formed answer through", () => {
    expect(invalidBackendAnswer("GET", "nodes/bls", { network, t: 1, bls_keys: { ["ab".repeat(64)]: 1 } })).toBeNull();
  });
  it("rejects a wrongly checksummed address with a sentence", () => {
    const bad = { network, t: 1, rewards: [] , stakes: [], contracts: [], vesting: [], added_bls_keys: {} };
    expect(invalidBackendAnswer("GET", "stakes/0x" + "ab".repeat(20), bad)).toBeNull();
    const contracts = { network, t: 1, added_bls_keys: {}, contracts: [{ address: "0x70997970C51812dc3A010C7d01b50e0d17dc79c8", contributors: [], events: [], operator_address: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", service_node_pubkey: "ab".repeat(32), status: 1, fee: 0, manual_finalize: false, pubkey_bls: null }] };
    expect(invalidBackendAnswer("GET", "contract/contribution", contracts)).toMatch(/^The staking backend sent the open nodes in an unexpected shape \(contracts\.0\.address/);
  });
  it("uses the claim-signature schema for POST /rewards", () => {
    expect(invalidBackendAnswer("POST", "rewards/0x" + "ab".repeat(20), { network, t: 1, rewards: {} })).toMatch(/a rewards claim signature/);
  });
});
