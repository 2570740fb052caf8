/**
 * Claiming rewards on /mystakes: the network's signed balance goes on chain, then the claim pays
 * exactly the unclaimed amount. Expectations are read from the chain. (The cycle's cap lowers a
 * network-wide limit that every other claim would feel: e2e/dapp/exclusive/claim-cap.spec.ts.)
 */
import { expect, test } from "../../fixtures/test";
import { formatSesh } from "../../../lib/staking/amounts";

import { finishDialog } from "../../fixtures/dapp";
import { devnetAccount } from "../../fixtures/devnet";

test.describe("claiming rewards", () => {
  test("a claim pays exactly what the chain records as unclaimed once the signed balance is on it", async ({ page, devnet, chain, openConnected }) => {
    const who = devnetAccount(devnet, "contributor");
    const [rewardsBefore, claimedBefore] = await chain.recipient(who.address);
    const balanceBefore = await chain.balance(who.address);
    await openConnected(who, "/mystakes");
    const panel = page.getByTestId("claim-panel");
    await expect(panel).toContainText("the stake of nodes that exited both come back through this claim");
    await expect(page.getByTestId("claim-claimable")).not.toHaveText("0 SESH");
    await page.getByTestId("claim-button").click();
    await finishDialog(page, { close: false });

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
});

test.describe("an amount above 2^53 atomic units", () => {
  test("the whale's history is shown to the last unit and its exact signed balance is accepted and claimed", async ({ page, devnet, chain, openConnected }) => {
    const whale = devnetAccount(devnet, "whale");
    const [, claimedBefore] = await chain.recipient(whale.address);
    expect(claimedBefore, "seeded above 2^53").toBeGreaterThan(2n ** 53n);
    const balanceBefore = await chain.balance(whale.address);
    await openConnected(whale, "/mystakes");
    await expect(page.getByTestId("rewards-claimed")).toHaveAttribute("title", `${formatSesh(claimedBefore, { maxDecimals: 9 })} SESH`);

    // the network's lifetime amount, read from its raw JSON text without rounding
    const networkAmount = async () => {
      const text = await (await fetch(`${devnet.backendApiUrl}/rewards/${whale.address}`)).text();
      const m = /"amount"\s*:\s*(\d+)/.exec(text);
      if (!m) throw new Error(`no amount in ${text.slice(0, 200)}`);
      return BigInt(m[1]!);
    };
    await expect
      .poll(async () => (await page.getByTestId("claim-claimable").innerText()) === `${formatSesh((await networkAmount()) - claimedBefore, { maxDecimals: 9 })} SESH`, { timeout: 40_000, message: "claimable shown exactly" })
      .toBe(true);

    await page.getByTestId("claim-button").click();
    await finishDialog(page);
    const [rewardsAfter, claimedAfter] = await chain.recipient(whale.address);
    expect(rewardsAfter).toBeGreaterThan(2n ** 53n);
    expect(claimedAfter).toBe(rewardsAfter);
    expect((await chain.balance(whale.address)) - balanceBefore).toBe(rewardsAfter - claimedBefore);
  });
});
