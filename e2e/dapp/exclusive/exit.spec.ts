/**
 * Leaving the network in the browser: request the exit, wait for the network's unlock, exit with
 * its signature (or without it after 30 days), and see the stake come back through the claim; the
 * cases the page refuses before sending (a repeat within the hour, a small contributor within 30
 * days), an exit signature that expired before it was sent (Retry fetches a fresh one), a paused
 * contract. These move devnet time, so they run in the exclusive project. Each test makes its own
 * node (a contribution contract filled with fresh accounts); expectations come from the chain, the
 * network simulator or the spec, never from the page.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "../../fixtures/exit-node";
import { decodeFunctionData, zeroAddress } from "viem";
import { serviceNodeRewardsAbi } from "../../../lib/contracts/abi/serviceNodeRewards";
import { CUSTOM_ERROR_SENTENCES } from "../../../lib/contracts/errors";
import { ATOMIC_PER_SESH, formatSesh } from "../../../lib/staking/amounts";
import { EXIT_PAUSED_SENTENCE } from "../../../lib/staking/exit";
import { formatUtc } from "../../../lib/staking/timing";
import { axeProblems } from "../../fixtures/axe";
import { type DevnetActions } from "../../fixtures/chain-actions";
import { finishDialog, watchConsole } from "../../fixtures/dapp";
import type { ExitNodeActions, OwnNode } from "../../fixtures/exit-node";

const DAY = 86_400;
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const rowOf = (page: Page, node: OwnNode) => page.locator(`[data-testid="my-node-row"][data-node-id="${node.id}"]`);

/** Past the network's unlock (1 day on the devnet, the testnet's timing) once it has seen the request. */
async function pastTheUnlock({ exits, chain }: { exits: ExitNodeActions; chain: DevnetActions }, node: OwnNode) {
  await exits.stakeOf(node, (s) => (s?.requested_unlock_height ?? 0) > 0);
  await chain.advance(DAY + 600);
}

test("request (a repeat refused within the hour, offered after it), unlock, signed exit: the node leaves the registry, shows Exited, and the claim pays the stake back", async ({ page, devnet, chain, openConnected, exits }) => {
  const node = await exits.ownNode(12_500n * ATOMIC_PER_SESH);
  const wallet = await openConnected(node.me, "/mystakes");
  // from here on (the first load with a wallet that is not connected yet has a hydration warning of
  // /mystakes' own, outside the exit code: reported to the lead)
  const problems = watchConsole(page);
  const row = rowOf(page, node);
  await expect(row.getByTestId("node-state")).toHaveText("Running");

  // the confirmation says what happens to every contributor and how long it takes, before anything is sent
  await row.getByTestId("exit-request-button").click();
  const confirm = page.getByTestId("exit-confirm-dialog");
  await expect(confirm).toContainText(`Request the exit of node #${node.id}?`);
  await expect(confirm).toContainText("about 1 day after it sees the request");
  await expect(confirm).toContainText("comes back through the claim");
  const onChain = await exits.record(node.id);
  const people = confirm.getByTestId("exit-confirm-contributors").locator("li");
  await expect(people).toHaveCount(onChain.contributors.length);
  for (const [i, c] of onChain.contributors.entries()) await expect(people.nth(i)).toContainText(`${formatSesh(c.stakedAmount)} SESH`);
  expect(await axeProblems(page), "the page with the confirmation open").toEqual([]);
  expect(wallet.sendRequests()).toBe(0);
  await confirm.getByTestId("exit-confirm-button").click();
  await finishDialog(page, { close: false });
  expect(wallet.sendRequests()).toBe(1);
  const requested = await exits.record(node.id);
  expect(requested.leaveRequestTimestamp).toBeGreaterThan(0n);
  await page.getByRole("dialog").getByTestId("tx-close").click();

  // a second request within the hour is refused on the page, with its date
  await expect(row.getByTestId("node-state")).toHaveText("Exit requested");
  await expect(row.getByTestId("exit-requestAgain-button")).toBeDisabled();
  await expect(row.getByTestId("exit-requestAgain-reason")).toContainText(`it can be requested again 1 hour after the last request: from ${formatUtc(Number(requested.latestLeaveRequestTimestamp) + 3_600)} (in `);
  expect(wallet.sendRequests()).toBe(1);

  // an hour later it is offered (for a network that missed the first request); the first request's time stays
  await exits.stakeOf(node, (s) => (s?.requested_unlock_height ?? 0) > 0);
  await chain.advance(3_600 + 60);
  await page.reload();
  await expect(row.getByTestId("exit-network-note")).toContainText("The network recorded the request: the exit unlocks at");
  await row.getByTestId("exit-requestAgain-button").click();
  await expect(page.getByTestId("exit-confirm-dialog")).toContainText(`Request the exit of node #${node.id} again?`);
  await page.getByTestId("exit-confirm-button").click();
  await finishDialog(page, { close: false });
  expect(wallet.sendRequests()).toBe(2);
  const again = await exits.record(node.id);
  expect(again.leaveRequestTimestamp).toBe(requested.leaveRequestTimestamp);
  expect(again.latestLeaveRequestTimestamp).toBeGreaterThanOrEqual(requested.latestLeaveRequestTimestamp + 3_600n);
  await page.getByRole("dialog").getByTestId("tx-close").click();

  // a day after the first request the network unlocks the exit and signs it
  await pastTheUnlock({ exits, chain }, node);
  const myStake = requested.contributors.filter((c) => same(c.staker.addr, node.me.address)).reduce((s, c) => s + c.stakedAmount, 0n);
  expect(myStake).toBe(node.myStake);
  const before = await exits.rewardsOf(node.me.address);
  expect(before.unlockedStakes).toBe(0n);
  await page.reload();
  await expect(row.getByTestId("node-state")).toHaveText("Ready to exit");
  // left waiting, it could be liquidated: the penalty as spec §2.9 computes it from the chain's ratios
  const [lr, pr, rr] = await Promise.all((["liquidatorRewardRatio", "poolShareOfLiquidationRatio", "recipientRatio"] as const).map((functionName) => chain.client.readContract({ address: devnet.contracts.rewards, abi: serviceNodeRewardsAbi, functionName })));
  const sum = lr! + pr! + rr!;
  const toLiquidator = (requested.deposit * lr!) / sum;
  const toPool = (requested.deposit * pr! + sum - 1n) / sum;
  await expect(row.getByTestId("exit-liquidation-notice")).toContainText(
    `a liquidation takes ${formatSesh(toLiquidator)} SESH to the liquidator and ${formatSesh(toPool)} SESH to the reward pool, out of ${formatSesh(requested.deposit)} SESH. Your part, in proportion to your stake: ${formatSesh(((toLiquidator + toPool) * myStake) / requested.deposit)} SESH.`,
  );
  await row.getByTestId("exit-exitWithSignature-button").click();
  await finishDialog(page, { close: false });
  expect(wallet.sendRequests()).toBe(3);
  expect((await exits.record(node.id)).operator, "the node left the registry").toBe(zeroAddress);
  await expect(row.getByTestId("node-state")).toHaveText("Exited");
  await page.getByRole("dialog").getByTestId("tx-close").click();

  // the network returns exactly the wallet's stake, signable with its rewards
  await expect.poll(async () => (await exits.rewardsOf(node.me.address)).unlockedStakes, { timeout: 15_000 }).toBe(myStake);
  const after = await exits.rewardsOf(node.me.address);
  expect(after.liquidatedStakes).toBe(0n);
  expect(after.amount - before.amount, "grows by the stake (and what the node earned meanwhile)").toBe(myStake + (after.lifetimeRewards - before.lifetimeRewards));

  // /mystakes' claimable grows by it: the network's lifetime amount against what the chain records as claimed
  const [, claimedBefore] = await chain.recipient(node.me.address);
  await page.reload();
  await expect
    .poll(async () => (await page.getByTestId("claim-claimable").innerText()) === `${formatSesh((await exits.rewardsOf(node.me.address)).amount - claimedBefore, { maxDecimals: 9 })} SESH`, { timeout: 40_000, message: "claimable includes the returned stake" })
    .toBe(true);
  const balanceBefore = await chain.balance(node.me.address);
  await page.getByTestId("claim-button").click();
  await finishDialog(page, { close: false });
  const [rewardsAfter, claimedAfter] = await chain.recipient(node.me.address);
  expect(claimedAfter).toBe(rewardsAfter);
  const paid = (await chain.balance(node.me.address)) - balanceBefore;
  expect(paid).toBe(rewardsAfter - claimedBefore);
  expect(paid).toBeGreaterThanOrEqual(myStake);

  // the node's own page says it left
  await page.goto(`/nodes/${node.id}`);
  await expect(page.getByTestId("node-state")).toHaveText("Exited");
  expect(problems).toEqual([]);
});

test("without a signature 30 days after the request: announced with its date, then offered, and the node leaves", async ({ page, chain, openConnected, exits }) => {
  const node = await exits.ownNode(12_500n * ATOMIC_PER_SESH);
  await exits.requestExit(node.me, node.id);
  const { leaveRequestTimestamp } = await exits.record(node.id);
  const from = leaveRequestTimestamp + (await exits.maxExitWait());
  expect(from - leaveRequestTimestamp, "the spec's 30 days").toBe(BigInt(30 * DAY));
  await exits.stakeOf(node, (s) => (s?.requested_unlock_height ?? 0) > 0);
  const wallet = await openConnected(node.me, `/nodes/${node.id}`);
  const panel = page.getByTestId("exit-actions");
  await expect(panel.getByTestId("exit-exitAfterWait-reason")).toContainText(`30 days after the first request: from ${formatUtc(Number(from))} (in 29d 23h)`);
  await expect(panel.getByTestId("exit-exitAfterWait-button")).toHaveCount(0);
  expect(await axeProblems(page), "the node page with its exit panel").toEqual([]);

  await chain.advance(Number(from - (await exits.chainNow())) + 60);
  await page.reload();
  await expect(panel.getByTestId("exit-exitAfterWait-button")).toBeEnabled();
  await panel.getByTestId("exit-exitAfterWait-button").click();
  await finishDialog(page, { close: false });
  expect(wallet.sendRequests()).toBe(1);
  const sent = await chain.client.getTransaction({ hash: wallet.sent[0]! });
  expect(decodeFunctionData({ abi: serviceNodeRewardsAbi, data: sent.input }).functionName).toBe("exitBLSPublicKeyAfterWaitTime");
  expect((await exits.record(node.id)).operator).toBe(zeroAddress);
  await expect(page.getByTestId("node-state")).toHaveText("Exited");
  await expect.poll(async () => (await exits.rewardsOf(node.me.address)).unlockedStakes, { timeout: 15_000 }).toBe(node.myStake);
});

test("a small contributor may not request within 30 days of registration: disabled with the date, nothing sent", async ({ page, openConnected, exits }) => {
  const node = await exits.ownNode(5_000n * ATOMIC_PER_SESH); // 20 % of 25,000: under a quarter
  const { addedTimestamp } = await exits.record(node.id);
  const from = addedTimestamp + (await exits.smallContributorDelay());
  const wallet = await openConnected(node.me, "/mystakes");
  const row = rowOf(page, node);
  await expect(row.getByTestId("exit-request-button")).toBeDisabled();
  await expect(row.getByTestId("exit-request-reason")).toHaveText(new RegExp(`^Your stake is under 25 % of this node, so you can first request its exit 30 days after it registered: from ${formatUtc(Number(from))} \\(in 29d 2[0-3]h\\)\\.$`));
  await row.getByTestId("exit-request-button").click({ force: true });
  await expect(page.getByTestId("exit-confirm-dialog")).toHaveCount(0);
  expect(wallet.sendRequests()).toBe(0);
  expect((await exits.record(node.id)).leaveRequestTimestamp).toBe(0n);
});

test("an exit signature that expired before it was sent: the contract's sentence, nothing sent; Retry fetches a fresh one and the exit goes through", async ({ page, chain, openConnected, exits }) => {
  const node = await exits.ownNode(12_500n * ATOMIC_PER_SESH);
  await exits.requestExit(node.me, node.id);
  await pastTheUnlock({ exits, chain }, node);
  const wallet = await openConnected(node.me, "/mystakes");
  const row = rowOf(page, node);
  await expect(row.getByTestId("exit-exitWithSignature-button")).toBeEnabled();

  // the first signature the page fetches gets older than signatureExpiry (600 s) before the page can use it
  const timestamps: number[] = [];
  await page.route("**/api/backend/exit/**", async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    timestamps.push(Number(/"timestamp"\s*:\s*(\d+)/.exec(body)?.[1]));
    if (timestamps.length === 1) await chain.advance(700);
    await route.fulfill({ response, body });
  });
  await row.getByTestId("exit-exitWithSignature-button").click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByTestId("tx-error")).toBeVisible({ timeout: 30_000 });
  expect(timestamps).toHaveLength(1);
  await expect(dialog.getByTestId("tx-error")).toContainText(`The Session Network's signature for node #${node.id} expired (signed ${formatUtc(timestamps[0]!)}, now `);
  expect(wallet.sendRequests()).toBe(0);
  expect((await exits.record(node.id)).operator).not.toBe(zeroAddress);

  await dialog.getByTestId("tx-retry").click();
  await expect(dialog.getByTestId("tx-done")).toBeVisible({ timeout: 30_000 });
  expect(timestamps).toHaveLength(2);
  expect(timestamps[1]!, "a fresh signature").toBeGreaterThan(timestamps[0]! + 600);
  expect(wallet.sendRequests()).toBe(1);
  const sent = await chain.client.getTransaction({ hash: wallet.sent[0]! });
  const call = decodeFunctionData({ abi: serviceNodeRewardsAbi, data: sent.input });
  expect(call.functionName).toBe("exitBLSPublicKeyWithSignature");
  expect(call.args?.[1], "sent with the fresh signature's timestamp").toBe(BigInt(timestamps[1]!));
  expect((await exits.record(node.id)).operator).toBe(zeroAddress);
});

test("a paused rewards contract: the request is refused with its sentence and nothing is sent; once read, the button says why", async ({ page, openConnected, exits }) => {
  const node = await exits.ownNode(12_500n * ATOMIC_PER_SESH);
  const wallet = await openConnected(node.me, "/mystakes");
  const row = rowOf(page, node);
  await expect(row.getByTestId("exit-request-button")).toBeEnabled();
  await exits.pause();
  try {
    // paused after the page read the chain: the engine's simulation meets EnforcedPause
    await row.getByTestId("exit-request-button").click();
    await page.getByTestId("exit-confirm-button").click();
    await expect(page.getByRole("dialog").getByTestId("tx-error")).toHaveText(CUSTOM_ERROR_SENTENCES.EnforcedPause!([], {}));
    expect(wallet.sendRequests()).toBe(0);
    // read with the page: disabled before the tap, with the reason
    await page.reload();
    await expect(row.getByTestId("exit-request-button")).toBeDisabled();
    await expect(row.getByTestId("exit-request-reason")).toHaveText(EXIT_PAUSED_SENTENCE);
    expect(wallet.sendRequests()).toBe(0);
  } finally {
    await exits.unpause();
  }
  expect(await exits.paused()).toBe(false);
  expect((await exits.record(node.id)).leaveRequestTimestamp).toBe(0n);
  await page.reload();
  await expect(row.getByTestId("exit-request-button")).toBeEnabled();
});
