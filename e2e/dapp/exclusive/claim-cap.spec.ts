/**
 * The claim cycle's cap on /mystakes: explained before sending, and the partial claim pays exactly
 * what the cycle still allows. Exclusive: it lowers the network-wide claim limit for a moment, which
 * any claim running beside it would meet (a write test's claim failed against it, seen as a flake).
 */
import { expect, test } from "../../fixtures/test";
import { serviceNodeRewardsAbi } from "../../../lib/contracts/abi/serviceNodeRewards";

import { finishDialog } from "../../fixtures/dapp";
import { devnetAccount } from "../../fixtures/devnet";

test("over the cycle's cap: explained before sending, the partial claim pays exactly the remainder", async ({ page, devnet, chain, openConnected }) => {
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
    await openConnected(who, "/mystakes");
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
