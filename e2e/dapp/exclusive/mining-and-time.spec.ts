/**
 * Transactions that do not land at once, and devnet time that moves: these tests hold Hardhat's
 * mining back or advance the chain's clock, which every other test would feel, so they run in a
 * project of their own after all the others (playwright.config.ts), one at a time.
 */
import { ATOMIC_PER_SESH } from "../../../lib/staking/amounts";
import type { Page } from "@playwright/test";
import { expect, test } from "../../fixtures/test";
import { privateKeyToAccount } from "viem/accounts";
import { seshAbi } from "../../../lib/contracts/abi/sesh";
import { serviceNodeContributionAbi } from "../../../lib/contracts/abi/serviceNodeContribution";
import { type DevnetActions, type TestAccount } from "../../fixtures/chain-actions";
import type { DevnetState } from "../../../lib/chain/devnet-state";

test.describe.configure({ mode: "serial" });
test.afterEach(async ({ chain }) => {
  await chain.setAutomine(true);
});

/** An open contract and a funded wallet that already approved `amount` to it: staking is one transaction. */
async function readyToStake({ devnet, chain }: { devnet: DevnetState; chain: DevnetActions }, amount: bigint): Promise<{ contract: `0x${string}`; me: TestAccount }> {
  const operator = await chain.freshAccount();
  const contract = await chain.openContract(operator, { operatorStake: 6_250n * ATOMIC_PER_SESH });
  const me = await chain.freshAccount(20_000n);
  const hash = await chain.client.writeContract({ account: privateKeyToAccount(me.privateKey), chain: null, address: devnet.contracts.token, abi: seshAbi, functionName: "approve", args: [contract, amount] });
  await chain.client.waitForTransactionReceipt({ hash });
  return { contract, me };
}

async function stake(page: Page, text: string) {
  await page.getByTestId("contribute-amount").fill(text);
  await page.getByTestId("contribute-submit").click();
}

test("a receipt held back shows 'still pending', never a failure, and completes when mining resumes", async ({ page, chain, openConnected, devnet }) => {
  const { contract, me } = await readyToStake({ devnet, chain }, 2_500n * ATOMIC_PER_SESH);
  const wallet = await openConnected(me, `/stake/${contract}`);
  await chain.setAutomine(false);
  await stake(page, "2500");
  await expect(page.getByTestId("tx-step").last()).toHaveAttribute("data-status", "pending");
  // the e2e server calls a receipt late after 4 s (TX_RECEIPT_TIMEOUT_MS)
  await expect(page.getByTestId("tx-step").last()).toHaveAttribute("data-status", "slow", { timeout: 15_000 });
  await expect(page.getByTestId("tx-step").last().getByTestId("tx-step-note")).toContainText("Still pending");
  await expect(page.getByTestId("tx-error")).toHaveCount(0);
  expect(await chain.contributionOf(contract, me.address)).toBe(0n);
  await chain.setAutomine(true);
  await chain.mine();
  await expect(page.getByTestId("tx-done")).toBeVisible({ timeout: 15_000 });
  expect(await chain.contributionOf(contract, me.address)).toBe(2_500n * ATOMIC_PER_SESH);
  expect(wallet.sendRequests()).toBe(1);
});

test("a transaction sped up in the wallet is followed to its replacement", async ({ page, chain, openConnected, devnet }) => {
  const { contract, me } = await readyToStake({ devnet, chain }, 3_000n * ATOMIC_PER_SESH);
  const wallet = await openConnected(me, `/stake/${contract}`);
  await chain.setAutomine(false);
  await stake(page, "3000");
  await expect.poll(() => wallet.sent.length).toBe(1);
  await expect(page.getByTestId("tx-step").last()).toHaveAttribute("data-status", /pending|slow/);
  // the user speeds it up in the wallet: same call, same nonce, higher fee
  const original = await chain.client.getTransaction({ hash: wallet.sent[0]! });
  const account = privateKeyToAccount(me.privateKey);
  const replacement = await chain.client.sendTransaction({
    account,
    chain: null,
    to: original.to!,
    data: original.input,
    nonce: original.nonce,
    gas: original.gas,
    maxFeePerGas: (original.maxFeePerGas ?? 2_000_000_000n) * 2n,
    maxPriorityFeePerGas: (original.maxPriorityFeePerGas ?? 1_000_000_000n) * 2n,
  });
  await chain.mine();
  await chain.setAutomine(true);
  await expect(page.getByTestId("tx-done")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("tx-step").last().getByTestId("tx-step-note")).toContainText("Sped up in your wallet");
  await expect(page.getByTestId("tx-done")).toContainText(replacement.slice(0, 6));
  expect((await chain.client.getTransactionReceipt({ hash: replacement })).status).toBe("success");
  expect(await chain.contributionOf(contract, me.address)).toBe(3_000n * ATOMIC_PER_SESH);
});

test("a pending transaction survives a reload and is picked up again", async ({ page, chain, openConnected, devnet }) => {
  const { contract, me } = await readyToStake({ devnet, chain }, 2_100n * ATOMIC_PER_SESH);
  const wallet = await openConnected(me, `/stake/${contract}`);
  await chain.setAutomine(false);
  await stake(page, "2100");
  await expect.poll(() => wallet.sent.length).toBe(1);
  await page.reload();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Stake 2,100 SESH");
  await expect(dialog.getByTestId("tx-step")).toHaveAttribute("data-status", /pending|slow/);
  await chain.setAutomine(true);
  await chain.mine();
  await expect(page.getByTestId("tx-done")).toBeVisible({ timeout: 15_000 });
  expect(await chain.contributionOf(contract, me.address)).toBe(2_100n * ATOMIC_PER_SESH);
  // picked up once: a second reload finds nothing pending
  await page.reload();
  await expect(page.getByTestId("contribute-form")).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("a withdrawal before 24 hours is refused with the countdown; after them it returns the exact amount", async ({ page, chain, openConnected }) => {
  const operator = await chain.freshAccount();
  const contract = await chain.openContract(operator, { operatorStake: 6_250n * ATOMIC_PER_SESH });
  const me = await chain.freshAccount(20_000n);
  const amount = 2_222_123_456_789n;
  await chain.contribute(me, contract, amount);
  const wallet = await openConnected(me, `/stake/${contract}`);
  await expect(page.getByTestId("withdraw-countdown")).toContainText(/You can withdraw in 2[34]h \d+m/);
  await expect(page.getByTestId("withdraw-button")).toBeDisabled();
  expect(wallet.sendRequests()).toBe(0);
  const timestamp = await chain.client.readContract({ address: contract, abi: serviceNodeContributionAbi, functionName: "contributionTimestamp", args: [me.address] });
  const now = (await chain.client.getBlock()).timestamp;
  await chain.advance(Number(timestamp + 86_400n - now) + 60);
  await page.reload();
  const before = await chain.balance(me.address);
  await expect(page.getByTestId("withdraw-button")).toBeEnabled();
  await page.getByTestId("withdraw-button").click();
  await expect(page.getByTestId("tx-done")).toBeVisible();
  expect((await chain.balance(me.address)) - before).toBe(amount);
  expect(await chain.contributionOf(contract, me.address)).toBe(0n);
});
