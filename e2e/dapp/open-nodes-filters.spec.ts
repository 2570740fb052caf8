/**
 * /stake's open nodes filtered by room left and by minimum contribution, and ordered by time open
 * (the block each contract last opened at), and each node's estimated yearly earnings on an amount.
 * The expected rows are computed here from each listed
 * contract's own answers on chain and from the staking backend's events.
 */
import type { Page } from "@playwright/test";
import { getAddress, type Address, type PublicClient } from "viem";
import { rewardRatePoolAbi } from "../../lib/contracts/abi/rewardRatePool";
import { serviceNodeContributionAbi } from "../../lib/contracts/abi/serviceNodeContribution";
import { serviceNodeRewardsAbi } from "../../lib/contracts/abi/serviceNodeRewards";
import { ATOMIC_PER_SESH as SESH, formatSesh } from "../../lib/staking/amounts";
import { expect, test } from "../fixtures/test";

async function listed(page: Page, search: string): Promise<string[]> {
  await page.goto(`/stake${search}`);
  await expect(page.getByRole("heading", { name: /Open nodes/ })).toBeVisible();
  return page.getByTestId("open-node-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-address") ?? ""));
}

async function facts(chain: PublicClient, address: string) {
  const c = { address: address as Address, abi: serviceNodeContributionAbi } as const;
  const [requirement, total, min] = await Promise.all([
    chain.readContract({ ...c, functionName: "stakingRequirement" }),
    chain.readContract({ ...c, functionName: "totalContribution" }),
    chain.readContract({ ...c, functionName: "minimumContribution" }).catch(() => null),
  ]);
  return { remaining: requirement - total, min };
}

test("room left and minimum contribution filters keep exactly the nodes the chain says fit; time open orders by opening block", async ({ page, devnet, chain: { client } }) => {
  const all = await listed(page, "");
  expect(all.length).toBeGreaterThan(1);
  const byAddress = new Map(await Promise.all(all.map(async (a) => [a, await facts(client, a)] as const)));

  const room = await listed(page, "?room=10000");
  expect(new Set(room)).toEqual(new Set(all.filter((a) => byAddress.get(a)!.remaining >= 10_000n * SESH)));
  await expect(page.getByTestId("filter-room")).toHaveValue("10000");

  const min = await listed(page, "?min=5000");
  expect(new Set(min)).toEqual(new Set(all.filter((a) => { const m = byAddress.get(a)!.min; return m !== null && m <= 5_000n * SESH; })));

  // at least one of the filters leaves a node out on the seeded devnet (else they would test nothing)
  expect(room.length + min.length).toBeLessThan(2 * all.length);

  // the backend's events: the latest OpenForPublicContribution, else the first event
  const { contracts } = (await (await fetch(`${devnet.backendApiUrl}/contract/contribution`)).json()) as { contracts: { address: string; events: { name: string; block: number }[] }[] };
  const opened = new Map(contracts.map((c) => {
    const opens = c.events.filter((e) => e.name === "OpenForPublicContribution").map((e) => e.block);
    return [getAddress(c.address), opens.length ? Math.max(...opens) : Math.min(...c.events.map((e) => e.block))] as const;
  }));
  const ordered = await listed(page, "?sort=opened");
  const blocks = ordered.map((a) => opened.get(getAddress(a))!);
  expect(blocks).toEqual([...blocks].sort((x, y) => x - y));
  for (const [i, a] of ordered.entries()) await expect(page.getByTestId("cell-opened").nth(i)).toHaveText(`block ${opened.get(getAddress(a))!.toLocaleString("en-US")}`);
});

test("an amount to estimate shows each node's yearly earnings after its fee, with the formula and its inputs", async ({ page, devnet, chain: { client: chain } }) => {
  const rewards = { address: devnet.contracts.rewards, abi: serviceNodeRewardsAbi } as const;
  const [rate, totalNodes, requirement] = await Promise.all([
    chain.readContract({ address: devnet.contracts.pool, abi: rewardRatePoolAbi, functionName: "rewardRate" }),
    chain.readContract({ ...rewards, functionName: "totalNodes" }),
    chain.readContract({ ...rewards, functionName: "stakingRequirement" }),
  ]);
  // every registered node holds exactly the requirement on the devnet
  const totalStaked = totalNodes * requirement;
  // typed in the list's controls, the amount goes into the URL and the server renders the estimates
  await listed(page, "");
  await page.getByTestId("estimate-amount").fill("5000");
  await expect(page).toHaveURL(/[?&]est=5000/);
  await expect(page.getByTestId("cell-estimate").first()).toBeVisible();
  const shown = await page.getByTestId("open-node-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-address") ?? ""));
  await expect(page.getByTestId("earnings-formula")).toContainText("Estimated yearly earnings on 5,000 SESH");
  await expect(page.getByTestId("earnings-formula")).toContainText(`${formatSesh(totalStaked, { maxDecimals: 0 })} SESH staked`);
  // each contract's fee in basis points, as the staking backend lists it
  const { contracts } = (await (await fetch(`${devnet.backendApiUrl}/contract/contribution`)).json()) as { contracts: { address: string; fee: number | null }[] };
  const feeOf = new Map(contracts.map((c) => [getAddress(c.address), c.fee]));
  for (const [i, address] of shown.entries()) {
    const fee = feeOf.get(getAddress(address));
    expect(fee, `the backend lists ${address} with its fee`).not.toBeNull();
    // spec §2.9, §4: a year of 720 blocks a day of the pool's rate, shared by stake, after the operator's fee (basis points)
    const expected = (5_000n * SESH * rate * 720n * 365n * (10_000n - BigInt(fee!))) / (totalStaked * 10_000n);
    await expect(page.getByTestId("cell-estimate").nth(i)).toHaveText(`≈ ${formatSesh(expected, { maxDecimals: 2 })} SESH`);
  }
  expect(shown.length).toBeGreaterThan(0);
});
