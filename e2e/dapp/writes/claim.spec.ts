/**
 * Claiming rewards on /mystakes: the network's signed balance goes on chain, then the claim pays
 * exactly the unclaimed amount; the cycle's cap is explained before sending and the partial
 * claim pays exactly what the cycle still allows. Expectations are read from the chain.
 */
import { expect, test } from "@playwright/test";
import { serviceNodeRewardsAbi } from "../../../lib/contracts/abi/serviceNodeRewards";
import { formatSesh } from "../../../lib/staking/amounts";
import { devnetActions } from "../../fixtures/chain-actions";
import { openConnected } from "../../fixtures/dapp";
import { devnetAccount, readDevnet } from "../../fixtures/devnet";

const devnet = readDevnet();
const chain = devnetActions(devnet);

async function finishDialog(page: import("@playwright/test").Page) {
  const next = page.getByTestId("tx-next");
  const done = page.getByTestId("tx-done");
  await expect(next.or(done)).toBeVisible({ timeout: 20_000 });
  if (await next.isVisible()) await next.click();
  await expect(done).toBeVisible({ timeout: 20_000 });
}

test.describe("claiming rewards", () => {
  test("a claim pays exactly what the chain records as unclaimed once the signed balance is on it", async ({ page }) => {
    const who = devnetAccount(devnet, "contributor");
    const [rewardsBefore, claimedBefore] = await chain.recipient(who.address);
    const balanceBefore = await chain.balance(who.address);
    await openConnected(page, devnet, who.privateKey, "/mystakes");
    const panel = page.getByTestId("claim-panel");
    await expect(panel).toContainText("the stake of nodes that exited both come back through this claim");
    await expect(page.getByTestId("claim-claimable")).not.toHaveText("0 SESH");
    await page.getByTestId("claim-button").click();
    await finishDialog(page);

    const [rewardsAfter, claimedAfter] = await chain.recipient(who.address);
    expect(rewardsAfter, "the network's newer signed balance went on chain").toBeGreaterThan(rewardsBefore);
    expect(claimedAfter, "everything authorised is claimed").toBe(rewardsAfter);
    const balanceAfter = await chain.balance(who.address);
    expect(balanceAfter - balanceBefore).toBe(rewardsAfter - claimedBefore);

    // the new figures show without a reload
    await page.getByTestId("tx-close").click();
    await expect(page.getByTestId("account-balance")).toHaveText(`${formatSesh(balanceAfter)} SESH`);
    await expect(page.getByTestId("rewards-claimed")).toHaveText(`${formatSesh(claimedAfter)} SESH`);
  });

  test("over the cycle's cap: explained before sending, the partial claim pays exactly the remainder", async ({ page }) => {
    const who = devnetAccount(devnet, "operator");
    const original = await chain.claimThreshold();
    const [cycleLength, total, cycle, block] = await Promise.all([
      chain.client.readContract({ address: devnet.contracts.rewards, abi: serviceNodeRewardsAbi, functionName: "claimCycle" }),
      chain.client.readContract({ address: devnet.contracts.rewards, abi: serviceNodeRewardsAbi, functionName: "currentClaimTotal" }),
      chain.client.readContract({ address: devnet.contracts.rewards, abi: serviceNodeRewardsAbi, functionName: "currentClaimCycle" }),
      chain.client.getBlock(),
    ]);
    // a cycle that has ended counts as empty
    const used = block.timestamp / cycleLength > cycle ? 0n : total;
    const remainder = 5_123_456_789n; // 5.123456789 SESH left in this cycle
    await chain.setClaimThreshold(used + remainder);
    try {
      const balanceBefore = await chain.balance(who.address);
      const [, claimedBefore] = await chain.recipient(who.address);
      await openConnected(page, devnet, who.privateKey, "/mystakes");
      const notice = page.getByTestId("claim-cap-notice");
      await expect(notice).toContainText("The network-wide claim limit leaves 5.12 SESH for this cycle");
      await expect(notice).toContainText("UTC");
      await expect(page.getByTestId("claim-button")).toHaveText("Claim 5.12 SESH now");
      await page.getByTestId("claim-button").click();
      await finishDialog(page);
      expect((await chain.balance(who.address)) - balanceBefore).toBe(remainder);
      const [, claimedAfter] = await chain.recipient(who.address);
      expect(claimedAfter - claimedBefore).toBe(remainder);
    } finally {
      await chain.setClaimThreshold(original);
    }
    expect(await chain.claimThreshold()).toBe(original);
  });
});
