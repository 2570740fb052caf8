/**
 * The overview's "needs your attention" list on the seeded devnet: the whale's decommissioned node
 * (time left before deregistration from the network's downtime credit, and the liquidation penalty
 * from the contract's ratios, its part by stake) and its exit unlocking within a day; the operator's
 * exit that can be completed. Every expected figure is computed here from the chain and the
 * simulator's answers.
 */
import type { DevnetState } from "../../lib/chain/devnet-state";
import { formatSesh } from "../../lib/staking/amounts";
import { devnetAccount } from "../fixtures/devnet";
import { expect, test } from "../fixtures/test";

type StakeJson = { contract_id: number; active: number; earned_downtime_blocks: number; exit_type: string | null; requested_unlock_height: number; contributors: { address: string; amount: number | bigint }[] };

async function stakesOf(devnet: DevnetState, address: string): Promise<StakeJson[]> {
  return ((await (await fetch(`${devnet.backendApiUrl}/stakes/${address}`)).json()) as { stakes: StakeJson[] }).stakes;
}

test("the whale sees its decommissioned node with the time left and the penalty, and its stake unlocking soon; the operator its exit to complete", async ({ page, devnet, chain }) => {
  const { client, rewards } = chain;
  const whale = devnetAccount(devnet, "whale");
  const stakes = await stakesOf(devnet, whale.address);
  const decommissioned = stakes.find((s) => !s.active && s.exit_type === null && s.requested_unlock_height === 0);
  expect(decommissioned, "the whale has a stake in a decommissioned node").toBeDefined();
  const id = decommissioned!.contract_id;
  const node = await client.readContract({ ...rewards, functionName: "serviceNodes", args: [BigInt(id)] });
  const [lr, pr, rr] = await Promise.all([
    client.readContract({ ...rewards, functionName: "liquidatorRewardRatio" }),
    client.readContract({ ...rewards, functionName: "poolShareOfLiquidationRatio" }),
    client.readContract({ ...rewards, functionName: "recipientRatio" }),
  ]);
  const sum = lr + pr + rr;
  // spec §2.9: the liquidator's share rounds down, the pool's up
  const penalty = (node.deposit * lr) / sum + (node.deposit * pr + sum - 1n) / sum;
  const own = decommissioned!.contributors.filter((c) => c.address.toLowerCase() === whale.address.toLowerCase()).reduce((s, c) => s + BigInt(c.amount), 0n);
  const minutes = (decommissioned!.earned_downtime_blocks * 120) / 60;

  await page.goto(`/address/${whale.address}`);
  const item = page.locator(`[data-testid="attention-item"][data-kind="decommissioned"][data-node-id="${id}"]`);
  await expect(item).toContainText(`Node #${id} is decommissioned: it will be deregistered in ${Math.floor(minutes / 60)}h ${minutes % 60}m`);
  await expect(item).toContainText(`which takes ${formatSesh(penalty)} SESH of its stake (your part: ${formatSesh((penalty * own) / node.deposit)} SESH)`);
  // most costly first
  await expect(page.getByTestId("attention-item").first()).toHaveAttribute("data-kind", "decommissioned");

  const leaving = stakes.find((s) => s.requested_unlock_height > 0 && s.exit_type === "exit");
  expect(leaving, "the whale has a stake in a node whose exit it requested recently").toBeDefined();
  {
    const mine = leaving!.contributors.filter((c) => c.address.toLowerCase() === whale.address.toLowerCase()).reduce((s, c) => s + BigInt(c.amount), 0n);
    await expect(page.locator(`[data-testid="attention-item"][data-node-id="${leaving!.contract_id}"]`)).toContainText(new RegExp(`^Your ${formatSesh(mine)} SESH in node #${leaving!.contract_id} unlocks in (\\d+h \\d+m|1d 0h)`));
  }

  const operator = devnetAccount(devnet, "operator");
  await page.goto(`/address/${operator.address}`);
  await expect(page.locator('[data-testid="attention-item"][data-kind="exitCompletable"]').first()).toContainText(/^Node #\d+'s exit has unlocked: complete it/);
});
