/**
 * The watchlist: an address watched from its overview is listed on /watchlist (kept in this
 * browser only: nothing about it reaches the server), and when its staking changes (here: a
 * contribution made on chain by the test), its overview says what changed until marked as seen.
 */
import { ATOMIC_PER_SESH as SESH } from "../../../lib/staking/amounts";
import { expect, test } from "../../fixtures/test";

test("watch an address, find it on the watchlist, and see what changed since the last look", async ({ page, chain, consoleProblems }) => {
  const operator = await chain.freshAccount(30_000n);
  const contract = await chain.openContract(operator, { operatorStake: 6_250n * SESH });
  const staker = await chain.freshAccount(5_000n);
  const sent: string[] = [];
  page.on("request", (r) => {
    if (r.url().startsWith("http://127.0.0.1") && r.method() !== "GET") sent.push(`${r.method()} ${r.url()} ${r.postData() ?? ""}`);
  });

  await page.goto(`/address/${staker.address}`);
  await expect(page.getByTestId("no-nodes")).toBeVisible();
  await page.getByTestId("watch-toggle").click();
  await expect(page.getByTestId("watch-toggle")).toHaveText("Stop watching");
  await page.goto("/watchlist");
  await expect(page.getByTestId("watchlist-item")).toHaveCount(1);
  await expect(page.getByTestId("watchlist-item")).toHaveAttribute("data-address", staker.address);
  // the server never learns the list: no request carried the address but the overview's own
  expect(sent.filter((s) => s.toLowerCase().includes(staker.address.slice(2).toLowerCase()))).toEqual([]);

  await chain.contribute(staker, contract, 2_500n * SESH); // above the minimum of a node with 6,250 of 25,000 staked
  await page.getByTestId("watchlist-item").getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/address/${staker.address}$`));
  // the network witnesses the contribution within a second; the page is read again until it lists it
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("my-contract-row")).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  const changes = page.getByTestId("watch-changes");
  await expect(changes).toContainText(`Contribution contract ${contract.slice(0, 6)}…${contract.slice(-4)} is new here`);
  await page.getByTestId("watch-seen").click();
  await expect(changes).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("my-contract-row")).toHaveCount(1);
  await expect(page.getByTestId("watch-changes")).toHaveCount(0);
  expect(consoleProblems).toEqual([]);
});
