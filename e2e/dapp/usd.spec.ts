/**
 * USD next to SESH amounts, from the devnet's price service (the simulator, spec §5.6). Every
 * expected dollar figure is computed here from the SESH amount the test reads itself (the staking
 * backend's or the chain's) and the price the simulator answers; the price is then made old, then
 * taken away, through the simulator's control, on a server of its own that keeps a price 0.5 s
 * (PRICE_CACHE_MS) instead of a minute.
 */
import type { Page } from "@playwright/test";
import type { DevnetState } from "../../lib/chain/devnet-state";
import { devnetAccount, openContractAddress } from "../fixtures/devnet";
import { expect, test } from "../fixtures/test";

type PricePoint = { price: number; updated_at?: number; t?: number };

async function simulatorPrice(devnet: DevnetState): Promise<{ usd: number; at: number } | null> {
  const { prices } = (await (await fetch(`${devnet.backendApiUrl}/prices/session-token/1d`)).json()) as { prices: PricePoint[] };
  const newest = prices.map((p) => ({ usd: p.price, at: p.updated_at ?? p.t ?? 0 })).sort((a, b) => b.at - a.at)[0];
  return newest ?? null;
}

async function setPrice(devnet: DevnetState, usd: number | null, ageSeconds = 0): Promise<void> {
  const r = await fetch(`${devnet.backendApiUrl}/devnet/price`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ usd, ageSeconds }) });
  expect(r.status).toBe(200);
}

/** atomic SESH × USD per SESH, to the cent, half up, written "$1,234.56" (computed apart from the app's code). */
function dollars(atomic: bigint, usdPerSesh: number): string {
  const nanoUsd = BigInt(Math.round(usdPerSesh * 1e9)); // the simulator's prices have at most 9 decimals
  // atomic (10⁻⁹ SESH) × nano-dollars = 10⁻¹⁸ USD; × 100 for cents, + half for rounding
  const cents = (atomic * nanoUsd * 100n + 500_000_000_000_000_000n) / 1_000_000_000_000_000_000n;
  const whole = (cents / 100n).toLocaleString("en-US");
  return `$${whole}.${(cents % 100n).toString().padStart(2, "0")}`;
}

const utc = (unix: number) => `${new Date(unix * 1000).toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** Reloads until `check` passes: the server shares a price for PRICE_CACHE_MS. */
async function untilShown(page: Page, check: () => Promise<void>) {
  await expect(async () => {
    await page.reload();
    await check();
  }).toPass({ timeout: 20_000, intervals: [500, 1_000, 2_000] });
}

test.describe("USD beside SESH", () => {
  test.afterAll(async ({ devnet }) => {
    // the devnet's price as it started, whatever a failed test left
    await setPrice(devnet, 0.0437251);
  });

  test("network totals, an address's figures and a typed contribution show SESH × the simulator's price, the time in the tooltip", async ({ page, devnet, consoleProblems, openConnected }) => {
    const api = devnet.backendApiUrl;
    const price = await simulatorPrice(devnet);
    expect(price).not.toBeNull();
    const { usd, at } = price!;

    const info = (await (await fetch(`${api}/info`)).json()) as { network: { staking_requirement: number } };
    const requirement = BigInt(info.network.staking_requirement);
    await page.goto("/stake");
    const req = page.getByTestId("stat-staking-requirement-usd");
    await expect(req).toHaveText(`≈ ${dollars(requirement, usd)}`);
    await expect(req).toHaveAttribute("title", new RegExp(`price of ${utc(at)}`));

    const contributor = devnetAccount(devnet, "contributor");
    // lifetime rewards grow with the blocks other tests mine, and the server reads the backend again
    // only once a new block is seen: compare the page with the backend's answer of the same moment
    await page.goto(`/address/${contributor.address}`);
    await expect(async () => {
      const rewardsText = await (await fetch(`${api}/rewards/${contributor.address}`)).text();
      const lifetime = BigInt(/"lifetime_rewards"\s*:\s*(\d+)/.exec(rewardsText)![1]!);
      expect(lifetime).toBeGreaterThan(0n);
      await page.reload();
      await expect(page.getByTestId("account-lifetime-rewards-usd")).toHaveText(`≈ ${dollars(lifetime, usd)}`, { timeout: 2_000 });
    }).toPass({ timeout: 20_000, intervals: [250, 500, 1_000] });

    const contract = await openContractAddress(devnet);
    await openConnected(contributor, `/stake/${contract}`);
    const amount = page.getByTestId("contribute-amount");
    await expect(amount).toBeEnabled();
    await amount.fill("1234.5");
    await expect(page.getByTestId("contribute-amount-usd")).toHaveText(`≈ ${dollars(1_234_500_000_000n, usd)}`);
    expect(consoleProblems).toEqual([]);
  });

  test.describe("a price that changes", () => {
    test.use({ ownServerEnv: { PRICE_CACHE_MS: "500" } });

    test("an old price is labelled stale; without a price every USD figure is — and the SESH figures stay", async ({ page, devnet, ownServer: server }) => {
      await page.goto(`${server.url}/stake`);
      const sesh = await page.getByTestId("stat-staking-requirement").textContent();
      const info = (await (await fetch(`${devnet.backendApiUrl}/info`)).json()) as { network: { staking_requirement: number } };

      await setPrice(devnet, 0.5, 2 * 3600);
      const old = (await simulatorPrice(devnet))!;
      await untilShown(page, async () => {
        await expect(page.getByTestId("stat-staking-requirement-usd-stale")).toHaveText("stale", { timeout: 1_000 });
      });
      await expect(page.getByTestId("stat-staking-requirement-usd")).toContainText(`≈ ${dollars(BigInt(info.network.staking_requirement), 0.5)}`);
      await expect(page.getByTestId("stat-staking-requirement-usd")).toHaveAttribute("title", new RegExp(`price of ${utc(old.at)} \\(stale`));

      await setPrice(devnet, null);
      await untilShown(page, async () => {
        await expect(page.getByTestId("stat-staking-requirement-usd")).toHaveText("—", { timeout: 1_000 });
      });
      for (const id of ["stat-total-staked-usd", "stat-rewards-per-day-usd"]) await expect(page.getByTestId(id)).toHaveText("—");
      await expect(page.getByTestId("stat-staking-requirement")).toHaveText(sesh!);
      await expect(page.getByTestId("error-state")).toHaveCount(0);
      await expect(page.getByTestId("open-node-row").first()).toBeVisible();
    });
  });
});
