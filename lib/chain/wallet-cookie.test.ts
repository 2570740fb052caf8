import { describe, expect, it } from "vitest";
import { storedWallet } from "./wallet-cookie";
import { WAGMI_STORAGE_KEY, WALLET_ACCOUNT_COOKIE, walletAccountCookieValue } from "./wallet-cookie-names";

const ME = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

describe("the wallet cookies, read on the server", () => {
  it("names the account the browser last connected, and its chain", () => {
    expect(storedWallet(`theme=dark; ${WALLET_ACCOUNT_COOKIE}=${walletAccountCookieValue(ME, 31337)}`)).toEqual({ account: ME, chainId: 31337, remembered: true });
  });
  it("a connector wagmi remembers without an account yet: no account, but the wallet stack loads at once", () => {
    expect(storedWallet(`${WAGMI_STORAGE_KEY}.recentConnectorId="injected"`)).toEqual({ account: null, chainId: null, remembered: true });
  });
  it("no cookie, a foreign or broken one: a visitor without a wallet", () => {
    for (const header of [null, "", `${WALLET_ACCOUNT_COOKIE}={not json`, `${WALLET_ACCOUNT_COOKIE}=${encodeURIComponent(JSON.stringify({ account: "0xnope", chainId: 1 }))}`]) {
      expect(storedWallet(header)).toEqual({ account: null, chainId: null, remembered: false });
    }
  });
});
