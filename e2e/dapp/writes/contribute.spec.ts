/**
 * Contributing to a node and managing the contribution, in the browser with the injected test
 * wallet, on contracts each test opens for itself. Every expectation is read from the chain.
 */
import { expect, test } from "@playwright/test";
import { formatSesh } from "../../../lib/staking/amounts";
import { devnetActions, SESH } from "../../fixtures/chain-actions";
import { openConnected, watchConsole } from "../../fixtures/dapp";
import { readDevnet } from "../../fixtures/devnet";

const devnet = readDevnet();
const chain = devnetActions(devnet);
const REQUIREMENT = 25_000n * SESH;

test.describe("contribute and manage a contribution", () => {
  test("a contribution takes exactly the amount, with one exact approval, and the contract lists the contributor", async ({ page }) => {
    const problems = watchConsole(page);
    const operator = await chain.freshAccount();
    const contract = await chain.openContract(operator, { operatorStake: 6_250n * SESH });
    const me = await chain.freshAccount(20_000n);
    const before = await chain.balance(me.address);
    const fromBlock = await chain.blockNumber();

    const wallet = await openConnected(page, devnet, me.privateKey, `/stake/${contract}`);
    await page.getByTestId("contribute-amount").fill("2500.5");
    await expect(page.getByTestId("contribute-notice")).toContainText("locked for 24 hours");
    await expect(page.getByTestId("contribute-notice")).toContainText("6,250 SESH");
    await page.getByTestId("contribute-submit").click();
    const dialog = page.getByTestId("tx-dialog");
    await expect(dialog).toBeVisible();
    // the approval is its own tap; the stake gets its own button
    await expect(page.getByTestId("tx-next")).toHaveText("Stake 2,500.5 SESH");
    await page.getByTestId("tx-next").click();
    await expect(page.getByTestId("tx-done")).toBeVisible();

    const amount = 2_500_500_000_000n;
    expect(await chain.balance(me.address)).toBe(before - amount);
    expect(await chain.approvalsBy(me.address, fromBlock)).toEqual([{ spender: contract, value: amount }]);
    const [addrs, , amounts] = await chain.contributions(contract);
    expect(addrs.map((a) => a.toLowerCase())).toContain(me.address.toLowerCase());
    expect(amounts[addrs.findIndex((a) => a.toLowerCase() === me.address.toLowerCase())]).toBe(amount);
    expect(wallet.sendRequests()).toBe(2);

    // the page shows the new figures without a reload
    await page.getByTestId("tx-close").click();
    await expect(page.getByTestId("detail-staked")).toHaveText(`${formatSesh(6_250n * SESH + amount)} SESH`);
    await expect(page.getByRole("row", { name: new RegExp(`${formatSesh(amount)} SESH`) })).toBeVisible();
    expect(problems).toEqual([]);
  });
});
