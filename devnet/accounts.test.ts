import { describe, expect, it } from "vitest";
import { mnemonicToAccount, privateKeyToAccount } from "viem/accounts";
import { DEVNET_MNEMONIC, HARDHAT_ADDRESSES, HARDHAT_KEYS, hardhatAddress, hardhatKey, TEST_ACCOUNTS } from "./accounts";
import { DEVNET_GATEWAY_INDEX } from "./token-supply";

describe("devnet accounts", () => {
  it("are Hardhat's default accounts: each key controls its listed address", () => {
    HARDHAT_KEYS.forEach((key, i) => expect(privateKeyToAccount(key).address).toBe(HARDHAT_ADDRESSES[i]));
  });

  it("match the well-known mnemonic", () => {
    for (const i of [0, 5, 15, 19]) {
      expect(mnemonicToAccount(DEVNET_MNEMONIC, { addressIndex: i }).address).toBe(HARDHAT_ADDRESSES[i]);
    }
  });

  it("name six distinct test accounts, none of them the deployer or the gateway", () => {
    const indexes = TEST_ACCOUNTS.map((a) => a.index);
    expect(new Set(indexes).size).toBe(6);
    expect(indexes).not.toContain(0);
    expect(indexes).not.toContain(DEVNET_GATEWAY_INDEX);
  });

  it("hold the gateway's and every test account's key, each controlling its address", () => {
    for (const i of [DEVNET_GATEWAY_INDEX, ...TEST_ACCOUNTS.map((a) => a.index)]) expect(privateKeyToAccount(hardhatKey(i)).address).toBe(hardhatAddress(i));
  });
});
