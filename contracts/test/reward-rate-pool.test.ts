// RewardRatePool: 15.1 %/year simple payout on the pool balance, streamed to ServiceNodeRewards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Address } from "viem";
import { rewardRatePoolAbi } from "@/lib/contracts/abi/rewardRatePool";
import { POOL_FUNDING, eventsOf, revertOf, startChain, type Chain } from "./chain";
import { ATOMIC_PER_SESH } from "@/lib/staking/amounts";

const YEAR = 31_536_000n;
let chain: Chain;
let pool: Address;

beforeAll(async () => {
  chain = await startChain();
  pool = chain.addresses.pool;
});
afterAll(async () => chain?.stop());

const read = (functionName: string, args: readonly unknown[] = []) =>
  chain.publicClient.readContract({ address: pool, abi: rewardRatePoolAbi, functionName: functionName as "rewardRate", args: args as [] }) as Promise<bigint>;

describe("RewardRatePool", () => {
  it("quotes about 22.98 SESH per 120 s block on a 40,000,000 SESH pool", async () => {
    const rate = await read("rewardRate");
    // The quote uses the balance minus what accrued since deployment: a hair under the exact figure.
    const exact = (POOL_FUNDING * 151n * 120n) / (1000n * YEAR);
    expect(exact).toBe(22_983_257_229n); // 22.983257229 SESH
    expect(rate).toBeLessThanOrEqual(exact);
    expect(exact - rate).toBeLessThan(ATOMIC_PER_SESH / 1000n);
    expect(await read("calculatePayoutAmount", [POOL_FUNDING, YEAR])).toBe(6_040_000n * ATOMIC_PER_SESH);
    expect(await read("ANNUAL_SIMPLE_PAYOUT_RATE")).toBe(151n);
    expect(await read("BASIS_POINTS")).toBe(1000n);
  });

  it("payoutReleased sends exactly balance x 15.1 % x elapsed / year to the rewards contract", async () => {
    const last = await read("lastPaidOutTime");
    const releaseAt = last + 86_400n;
    const balance = await chain.balanceOf(pool);
    await chain.setNextTimestamp(releaseAt);
    const [stranger] = chain.accounts as [Address];
    const receipt = await chain.send(stranger, { address: pool, abi: rewardRatePoolAbi, functionName: "payoutReleased" });

    const expected = (balance * 151n * 86_400n) / (1000n * YEAR);
    expect(await chain.balanceOf(chain.addresses.rewards)).toBe(expected);
    expect(await chain.balanceOf(pool)).toBe(balance - expected);
    expect(await read("totalPaidOut")).toBe(expected);
    expect(await read("lastPaidOutTime")).toBe(releaseAt);
    expect(await read("calculateTotalDeposited")).toBe(POOL_FUNDING);
    expect(eventsOf(rewardRatePoolAbi, receipt, pool).map((e) => [e.eventName, e.args])).toEqual([
      ["FundsReleased", { amount: expected }],
    ]);
  });

  it("only lets the owner move the beneficiary", async () => {
    const [stranger] = chain.accounts as [Address];
    expect(
      await revertOf(chain.send(stranger, { address: pool, abi: rewardRatePoolAbi, functionName: "setBeneficiary", args: [stranger] })),
    ).toEqual({ name: "OwnableUnauthorizedAccount", args: [stranger] });
  });
});
