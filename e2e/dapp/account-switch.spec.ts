/**
 * Switching the account inside the wallet: every personal figure follows the new account at once,
 * none of the previous account's survives (expectations read from the chain for each account).
 */
import { expect, test } from "../fixtures/test";
import { formatSesh } from "../../lib/staking/amounts";

import { devnetAccount } from "../fixtures/devnet";

test("switching the account in the wallet refreshes balance, rewards and the staker's own figures on /mystakes and /stake", async ({ page, devnet, chain, openConnected }) => {
  const contributor = devnetAccount(devnet, "contributor");
  const staker = devnetAccount(devnet, "staker");
  const wallet = await openConnected(contributor, "/mystakes");
  const [[, claimedA], balanceA] = await Promise.all([chain.recipient(contributor.address), chain.balance(contributor.address)]);
  await expect(page.getByTestId("account-balance")).toHaveText(`${formatSesh(balanceA)} SESH`);
  await expect(page.getByTestId("rewards-claimed")).toHaveText(`${formatSesh(claimedA)} SESH`);

  await wallet.switchAccountInWallet(staker.privateKey);
  const [[, claimedB], balanceB] = await Promise.all([chain.recipient(staker.address), chain.balance(staker.address)]);
  expect(balanceB, "the two accounts must differ for this test to mean anything").not.toBe(balanceA);
  await expect(page.getByText(new RegExp(`^${staker.address}$`, "i"))).toBeVisible();
  await expect(page.getByTestId("account-balance")).toHaveText(`${formatSesh(balanceB)} SESH`);
  await expect(page.getByTestId("rewards-claimed")).toHaveText(`${formatSesh(claimedB)} SESH`);

  await page.getByRole("link", { name: "Open nodes" }).click();
  await expect(page.getByTestId("stat-my-balance")).toHaveText(`${formatSesh(balanceB)} SESH`);
  await wallet.switchAccountInWallet(contributor.privateKey);
  await expect(page.getByTestId("stat-my-balance")).toHaveText(`${formatSesh(balanceA)} SESH`);
});
