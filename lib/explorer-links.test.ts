import { describe, expect, it } from "vitest";
import { ARBITRUM_ONE, ARBITRUM_SEPOLIA } from "./deployments";
import { explorerAddressUrl, explorerTxUrl } from "./explorer-links";

const address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const hash = `0x${"Ab".repeat(32)}`;

describe("explorer links name what they link to", () => {
  it("an address's page and a transaction's page on each Arbitrum explorer", () => {
    expect(explorerAddressUrl(ARBITRUM_ONE.explorer, address)).toBe(`https://arbiscan.io/address/${address}`);
    expect(explorerTxUrl(ARBITRUM_SEPOLIA.explorer, hash)).toBe(`https://sepolia.arbiscan.io/tx/0x${"ab".repeat(32)}`);
    expect(explorerAddressUrl("https://arbiscan.io/", address)).toBe(`https://arbiscan.io/address/${address}`);
  });
  it("no link without an explorer (the devnet), or for anything that is not an address or a transaction hash", () => {
    expect(explorerAddressUrl(null, address)).toBeNull();
    expect(explorerTxUrl(null, hash)).toBeNull();
    for (const bad of ["", "0x1234", `${address}/../../evil`, address.slice(2), `${address} `]) expect(explorerAddressUrl("https://arbiscan.io", bad)).toBeNull();
    expect(explorerTxUrl("https://arbiscan.io", address)).toBeNull(); // an address is not a transaction
    expect(explorerAddressUrl("javascript:alert(1)//", address)).toBeNull();
  });
});
