/**
 * The staking dApp on the devnet, with an injected test wallet. Every figure is compared with what
 * the test reads from the chain itself.
 */
import { expect, test } from "../fixtures/test";
import { getAddress } from "viem";
import { serviceNodeContributionAbi } from "../../lib/contracts/abi/serviceNodeContribution";
import { rewardRatePoolAbi } from "../../lib/contracts/abi/rewardRatePool";
import { seshAbi } from "../../lib/contracts/abi/sesh";
import { ATOMIC_PER_SESH, formatSesh } from "../../lib/staking/amounts";
import { devnetAccount } from "../fixtures/devnet";
import { connect } from "../fixtures/dapp";

test.describe("staking dApp on the devnet", () => {
  test("/stake without a wallet shows the chain's numbers and no personal data, in at most 3 RPC requests", async ({ page, devnet, chain, consoleProblems }) => {
    let rpcRequests = 0;
    page.on("request", (r) => {
      if (r.url().startsWith(devnet.rpcUrl)) rpcRequests++;
    });
    await page.goto("/stake");
    await expect(page.getByRole("heading", { level: 1, name: "Stake SESH" })).toBeVisible();
    const [totalNodes, requirement, rate] = await Promise.all([
      chain.client.readContract({ ...chain.rewards, functionName: "totalNodes" }),
      chain.client.readContract({ ...chain.rewards, functionName: "stakingRequirement" }),
      chain.client.readContract({ address: devnet.contracts.pool, abi: rewardRatePoolAbi, functionName: "rewardRate" }),
    ]);
    await expect(page.getByTestId("stat-registered-nodes")).toHaveText(totalNodes.toString());
    await expect(page.getByTestId("stat-staking-requirement")).toHaveText(`${formatSesh(requirement)} SESH`);
    await expect(page.getByTestId("stat-total-staked")).toHaveText(`${formatSesh(totalNodes * requirement, { maxDecimals: 0 })} SESH`);
    // the pool rate moves with time: compare to the block's value within one SESH a day
    const shown = (await page.getByTestId("stat-rewards-per-day").innerText()).replace(/[^\d]/g, "");
    expect(Math.abs(Number(shown) - Number((rate * 720n) / ATOMIC_PER_SESH))).toBeLessThanOrEqual(1);

    // open nodes: every status-1/2 contribution contract of the devnet, with the chain's figures
    const rows = page.getByTestId("open-node-row");
    await expect(rows.first()).toBeVisible();
    const addresses = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-address")!));
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) {
      const c = { address: address as `0x${string}`, abi: serviceNodeContributionAbi } as const;
      const [status, total] = await Promise.all([chain.client.readContract({ ...c, functionName: "status" }), chain.client.readContract({ ...c, functionName: "totalContribution" })]);
      expect([1, 2]).toContain(Number(status));
      const row = page.locator(`[data-testid="open-node-row"][data-address="${address}"]`);
      await expect(row.getByTestId("cell-staked")).toContainText(`${formatSesh(total)} / ${formatSesh(requirement)} SESH`);
      await expect(row.getByTestId("cell-remaining")).toHaveText(`${formatSesh(requirement - total)} SESH remaining`);
    }
    await expect(page.getByTestId("stat-my-balance")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Connect wallet" })).toBeVisible();
    // late requests would count too: wait until the page has made none for half a second
    await page.waitForLoadState("networkidle");
    // the server reads the first data in one batch (scripts/bench/rpc-count.mjs); the browser adds at most a few
    expect(rpcRequests, "RPC HTTP requests from the browser for /stake's initial data").toBeLessThanOrEqual(3);
    expect(consoleProblems).toEqual([]);
  });

  test("the first HTML of /stake already holds the chain's figures and the open nodes", async ({ request, chain }) => {
    const html = await (await request.get("/stake")).text();
    const totalNodes = await chain.client.readContract({ ...chain.rewards, functionName: "totalNodes" });
    expect(html).toContain('data-testid="open-node-row"');
    expect(html).toMatch(new RegExp(`data-testid="stat-registered-nodes"[^>]*>${totalNodes}<`));
  });

  test("a node picked on /stake opens its contract page with its figures at once (no wait for a refresh)", async ({ page, chain }) => {
    await page.goto("/stake");
    const row = page.getByTestId("open-node-row").first();
    const address = (await row.getAttribute("data-address"))!;
    await row.getByRole("link").first().click();
    await page.waitForURL((url) => url.pathname === `/stake/${address}`);
    const total = await chain.client.readContract({ address: address as `0x${string}`, abi: serviceNodeContributionAbi, functionName: "totalContribution" });
    await expect(page.getByTestId("detail-staked")).toHaveText(`${formatSesh(total)} SESH`, { timeout: 5_000 });
    await expect(page.getByTestId("contribute-form")).toBeVisible({ timeout: 5_000 });
  });

  test("the status-0 toggle reveals nodes awaiting their operator", async ({ page }) => {
    await page.goto("/stake");
    const rows = page.getByTestId("open-node-row");
    await expect(rows.first()).toBeVisible();
    const before = await rows.count();
    await page.getByTestId("toggle-awaiting-operator").check();
    await expect(page.getByText("Awaiting operator contribution").first()).toBeVisible();
    expect(await rows.count()).toBeGreaterThan(before);
  });

  test("connecting shows the wallet's SESH balance from the chain", async ({ page, devnet, chain, consoleProblems, injectWallet }) => {
    const contributor = devnetAccount(devnet, "contributor");
    await injectWallet(contributor);
    await page.goto("/stake");
    await expect(page.getByTestId("stat-registered-nodes")).not.toHaveText("—");
    await connect(page);
    const balance = await chain.client.readContract({ address: devnet.contracts.token, abi: seshAbi, functionName: "balanceOf", args: [contributor.address] });
    await expect(page.getByTestId("stat-my-balance")).toHaveText(`${formatSesh(balance)} SESH`);
    // the wallet cookie lets the server render the connected state: a reload stays connected, no hydration warning
    await page.reload();
    await expect(page.getByTestId("connected-account")).toBeVisible();
    await expect(page.getByTestId("stat-my-balance")).toHaveText(`${formatSesh(balance)} SESH`);
    expect(consoleProblems).toEqual([]);
  });

  test("a seeded staker sees their nodes and claimable rewards on /mystakes", async ({ page, devnet, chain, injectWallet }) => {
    const staker = devnetAccount(devnet, "staker");
    await injectWallet(staker);
    await page.goto("/mystakes");
    await expect(page.getByTestId("mystakes-connect")).toBeVisible();
    await connect(page);
    const [authorised, claimed] = await chain.client.readContract({ ...chain.rewards, functionName: "recipients", args: [staker.address] });
    expect(authorised - claimed, "the seeded staker has rewards to claim").toBeGreaterThan(0n);
    await expect(page.getByTestId("account-claimable")).toHaveText(`${formatSesh(authorised - claimed)} SESH`);
    await expect(page.getByTestId("rewards-claimed")).toHaveText(`${formatSesh(claimed)} SESH`);
    const rows = page.getByTestId("my-node-row");
    await expect(rows.first()).toBeVisible();
    // every listed node that the chain still holds shows the staker's own stake from the registry
    for (const id of await rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-node-id"))))) {
      const node = await chain.client.readContract({ ...chain.rewards, functionName: "serviceNodes", args: [BigInt(id)] });
      const own = node.contributors.filter((c) => getAddress(c.staker.addr) === staker.address).reduce((s, c) => s + c.stakedAmount, 0n);
      if (node.operator === "0x0000000000000000000000000000000000000000") continue; // exited: gone from the registry
      await expect(page.locator(`[data-testid="my-node-row"][data-node-id="${id}"]`).getByTestId("my-node-stake")).toHaveText(`${formatSesh(own)} SESH`);
    }
    await expect(page.getByText("Exited").first()).toBeVisible();

    // a month of daily rewards on a fresh devnet: the chart and the CSV hold every day the network lists
    const daily = JSON.parse(await (await fetch(`${devnet.backendApiUrl}/daily-rewards/${staker.address}`)).text()) as { rewards: unknown[] };
    expect(daily.rewards.length).toBeGreaterThanOrEqual(30);
    await expect(page.getByTestId("daily-chart").locator("rect")).toHaveCount(daily.rewards.length);
    const download = page.waitForEvent("download");
    await page.getByTestId("csv-export").click();
    const csv = await (await (await download).createReadStream()).toArray();
    const lines = Buffer.concat(csv).toString("utf8").trim().split("\n");
    expect(lines[0]).toBe("date_utc,block_timestamp,earned_sesh,lifetime_rewards_sesh");
    expect(lines.length - 1).toBe(daily.rewards.length);
  });

  test("a wallet on the wrong chain gets a one-click switch, and reads keep working", async ({ page, devnet, injectWallet }) => {
    const fresh = devnetAccount(devnet, "fresh");
    const wallet = await injectWallet(fresh);
    await page.goto("/stake");
    await connect(page);
    await wallet.switchNetworkInWallet(1); // the user picks Ethereum mainnet in the wallet
    const banner = page.getByRole("alert").filter({ hasText: "another network" });
    await expect(banner).toBeVisible();
    await expect(page.getByTestId("stat-registered-nodes")).not.toHaveText("—");
    await banner.getByRole("button", { name: /Switch to/ }).click();
    await expect(banner).toHaveCount(0);
    expect(wallet.chainId()).toBe(devnet.chainId);
  });

  test("an address page shows any wallet's stakes read-only, linked from the node pages", async ({ page, devnet, chain }) => {
    const contributor = devnetAccount(devnet, "contributor");
    await page.goto(`/address/${contributor.address}`);
    await expect(page.getByTestId("address-heading")).toHaveText(contributor.address);
    await expect(page.getByTestId("my-contract-row").first()).toBeVisible();
    const balance = await chain.client.readContract({ address: devnet.contracts.token, abi: seshAbi, functionName: "balanceOf", args: [contributor.address] });
    await expect(page.getByTestId("account-balance")).toHaveText(`${formatSesh(balance)} SESH`);
    await page.goto("/nodes");
    await expect(page.getByTestId("node-row").first()).toBeVisible();
    const totalNodes = await chain.client.readContract({ ...chain.rewards, functionName: "totalNodes" });
    expect(await page.getByTestId("node-row").count()).toBeGreaterThanOrEqual(Number(totalNodes));
  });
});
