import { describe, expect, it } from "vitest";
import { stakeSchema } from "./schemas";

describe("a node's software versions in the backend's Stake (spec §5.7)", () => {
  const base = {
    active: 1,
    contract_id: 6,
    contributors: [],
    deregistration_height: null,
    earned_downtime_blocks: 60,
    events: [],
    exit_type: null,
    last_reward_block_height: 1,
    last_uptime_proof: 1_700_000_000,
    liquidation_height: null,
    operator_address: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
    operator_fee: 0,
    pubkey_bls: "ab".repeat(64),
    pubkey_ed25519: "cd".repeat(32),
    registration_height: 1,
    requested_unlock_height: 0,
    service_node_pubkey: "cd".repeat(32),
    staking_requirement: 120,
    total_contributed: 120,
  };
  it("reads [major, minor, patch], null before a proof, and absent in older revisions as null", () => {
    const s = stakeSchema.parse({ ...base, service_node_version: [11, 0, 4], storage_server_version: null });
    expect(s.service_node_version).toEqual([11, 0, 4]);
    expect(s.storage_server_version).toBeNull();
    expect(s.lokinet_version).toBeNull();
  });
  it("a malformed version is unknown (null), and the node list is still read", () => {
    const s = stakeSchema.parse({ ...base, service_node_version: "11.0.4", lokinet_version: [0, 9] });
    expect([s.service_node_version, s.lokinet_version]).toEqual([null, null]);
  });
});
