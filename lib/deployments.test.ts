import { describe, expect, it } from "vitest";
import { getAddress } from "viem";
import { ARBITRUM_ONE, ARBITRUM_SEPOLIA, LIVE_DEPLOYMENTS } from "./deployments";

describe("live deployments table", () => {
  it("holds checksummed addresses", () => {
    for (const d of LIVE_DEPLOYMENTS) {
      for (const a of [d.token, d.rewards, d.pool, d.factory]) expect(getAddress(a)).toBe(a);
    }
  });
  it("matches spec §7", () => {
    expect(ARBITRUM_ONE.rewards).toBe("0xC2B9fC251aC068763EbDfdecc792E3352E351c00");
    expect(ARBITRUM_SEPOLIA.chainId).toBe(421614);
    expect(ARBITRUM_SEPOLIA.factory).toBe("0x36Ee2Da54a7E727cC996A441826BBEdda6336B71");
  });
});
