/**
 * The transaction flow when things go wrong: the wallet declines, the wallet is on another chain,
 * the node fills while the user confirms, the user double-clicks. Every outcome is checked on the
 * chain and in the wallet's own request log.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "../../fixtures/test";
import { seshAbi } from "../../../lib/contracts/abi/sesh";
import { serviceNodeContributionAbi } from "../../../lib/contracts/abi/serviceNodeContribution";
import { ATOMIC_PER_SESH, formatSesh } from "../../../lib/staking/amounts";

async function submit(page: Page, amount: string) {
  await page.getByTestId("contribute-amount").fill(amount);
  await page.getByTestId("contribute-submit").click();
}

test.describe("the transaction flow when things go wrong", () => {
  test("declining the approval, then the stake: a calm note, the form as it was, nothing on chain until confirmed", async ({ page, chain, openConnected }) => {
    const operator = await chain.freshAccount();
    const contract = await chain.openContract(operator, { operatorStake: 6_250n * ATOMIC_PER_SESH });
    const me = await chain.freshAccount(20_000n);
    const fromBlock = await chain.blockNumber();
    const wallet = await openConnected(me, `/stake/${contract}`);

    wallet.rejectNext("eth_sendTransaction");
    await submit(page, "3000");
    await expect(page.getByTestId("tx-rejected-note")).toHaveText("You declined in your wallet. Nothing was sent; you can try again when ready.");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page.getByTestId("contribute-amount")).toHaveValue("3000");
    expect(await chain.approvalsBy(me.address, fromBlock)).toEqual([]);

    // approve this time, decline the stake
    await page.getByTestId("contribute-submit").click();
    await expect(page.getByTestId("tx-next")).toBeVisible();
    wallet.rejectNext("eth_sendTransaction");
    await page.getByTestId("tx-next").click();
    await expect(page.getByTestId("tx-rejected-note")).toBeVisible();
    await expect(page.getByTestId("contribute-amount")).toHaveValue("3000");
    expect(await chain.contributionOf(contract, me.address)).toBe(0n);

    // the approval is on chain now: the next try skips it and stakes on the first tap
    await page.getByTestId("contribute-submit").click();
    await expect(page.getByTestId("tx-done")).toBeVisible();
    await expect(page.getByTestId("tx-step").first()).toContainText("already approved");
    expect(await chain.contributionOf(contract, me.address)).toBe(3_000n * ATOMIC_PER_SESH);
    expect(await chain.approvalsBy(me.address, fromBlock)).toEqual([{ spender: contract, value: 3_000n * ATOMIC_PER_SESH }]);
  });

  test("a wallet on the wrong chain at submit: the switch is offered, nothing is sent until it is done", async ({ page, devnet, chain, openConnected }) => {
    const operator = await chain.freshAccount();
    const contract = await chain.openContract(operator, { operatorStake: 6_250n * ATOMIC_PER_SESH });
    const me = await chain.freshAccount(20_000n);
    const wallet = await openConnected(me, `/stake/${contract}`);
    await wallet.switchNetworkInWallet(1);
    await submit(page, "2500");
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("Your wallet is on another network");
    expect(wallet.sendRequests()).toBe(0);
    await dialog.getByRole("button", { name: "Switch to Session devnet" }).click();
    await expect(page.getByTestId("tx-next")).toBeVisible();
    expect(wallet.chainId()).toBe(devnet.chainId);
    await page.getByTestId("tx-next").click();
    await expect(page.getByTestId("tx-done")).toBeVisible();
    expect(await chain.contributionOf(contract, me.address)).toBe(2_500n * ATOMIC_PER_SESH);
  });

  test("a node that fills while the user confirms: the revert is decoded into a sentence", async ({ page, chain, openConnected }) => {
    const operator = await chain.freshAccount();
    const contract = await chain.openContract(operator, { operatorStake: 6_250n * ATOMIC_PER_SESH });
    const me = await chain.freshAccount(20_000n);
    const other = await chain.freshAccount(20_000n);
    const wallet = await openConnected(me, `/stake/${contract}`);
    await page.getByTestId("contribute-amount").fill("5000");
    // someone else takes all but 1,250 SESH between page load and submit
    await chain.contribute(other, contract, 17_500n * ATOMIC_PER_SESH);
    await page.getByTestId("contribute-submit").click();
    await expect(page.getByTestId("tx-next")).toBeVisible(); // the exact approval went through
    await page.getByTestId("tx-next").click();
    await expect(page.getByTestId("tx-error")).toHaveText("This node filled up while you were confirming: 1,250 SESH is left.");
    expect(wallet.sendRequests()).toBe(1); // the approval only: the stake was stopped by the simulation
    expect(await chain.contributionOf(contract, me.address)).toBe(0n);
  });

  test("a double click sends one transaction", async ({ page, devnet, chain, openConnected }) => {
    const operator = await chain.freshAccount();
    const contract = await chain.openContract(operator, { operatorStake: 6_250n * ATOMIC_PER_SESH });
    const me = await chain.freshAccount(20_000n);
    // allowance in place: one tap is one transaction
    const approve = await chain.client.writeContract({ account: (await import("viem/accounts")).privateKeyToAccount(me.privateKey), chain: null, address: devnet.contracts.token, abi: seshAbi, functionName: "approve", args: [contract, 2_500n * ATOMIC_PER_SESH] });
    await chain.client.waitForTransactionReceipt({ hash: approve });
    const wallet = await openConnected(me, `/stake/${contract}`);
    await page.getByTestId("contribute-amount").fill("2500");
    await page.getByTestId("contribute-submit").dblclick();
    await expect(page.getByTestId("tx-done")).toBeVisible();
    // a second flow started by the second click would have asked the wallet by the time the server
    // renders the page again for the receipt (the new total, read from the chain)
    await expect(page.getByTestId("detail-staked")).toHaveText(`${formatSesh(await chain.client.readContract({ address: contract, abi: serviceNodeContributionAbi, functionName: "totalContribution" }))} SESH`);
    expect(wallet.sendRequests()).toBe(1);
    expect(await chain.contributionOf(contract, me.address)).toBe(2_500n * ATOMIC_PER_SESH);
  });
});
