import { describe, expect, it } from "vitest";
import { storedWallet, WAGMI_STORAGE_KEY } from "./wallet-cookie";

const ME = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const store = (current: string | null, accounts = [ME]) =>
  `${WAGMI_STORAGE_KEY}.store=${JSON.stringify({ state: { connections: { __type: "Map", value: [["uid1", { accounts, chainId: 31337, connector: { id: "injected", name: "Injected", type: "injected", uid: "uid1" } }]] }, chainId: 31337, current }, version: 2 })}`;

describe("the wallet cookies, read on the server", () => {
  it("names the current connection's account and chain", () => {
    expect(storedWallet(`theme=dark; ${store("uid1")}`)).toEqual({ account: ME, chainId: 31337, remembered: true });
  });
  it("no current connection, or a connector remembered without a store: no account, but the stack loads at once", () => {
    expect(storedWallet(store(null))).toEqual({ account: null, chainId: null, remembered: false });
    expect(storedWallet(`${WAGMI_STORAGE_KEY}.recentConnectorId="injected"`)).toEqual({ account: null, chainId: null, remembered: true });
  });
  it("no cookie, a foreign or broken one: a visitor without a wallet", () => {
    for (const header of [null, "", `${WAGMI_STORAGE_KEY}.store={not json`, `${WAGMI_STORAGE_KEY}.store=${JSON.stringify({ state: { connections: { __type: "Map", value: [["uid1", { accounts: ["0xnope"], chainId: 1 }]] }, current: "uid1" } })}`]) {
      expect(storedWallet(header)).toEqual({ account: null, chainId: null, remembered: false });
    }
  });
});
