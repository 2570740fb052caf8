import { expect, test } from "@playwright/test";
import { ARBITRUM_ONE, ARBITRUM_SEPOLIA } from "../../lib/deployments";
import { getSiteContent } from "../../lib/content/page-content";
import { SITE_URL } from "../../lib/site";
import { marketingPages } from "./site-routes";

/** Every marketing route answers 200 with one visible h1, the site frame, metadata and JSON-LD. */
test("every marketing route returns 200 and shows its heading, header, footer and metadata", async ({ page }) => {
  for (const path of await marketingPages()) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Session Token home" }), path).toBeVisible();
    await expect(page.getByRole("contentinfo"), path).toBeVisible();
    await expect(page.getByRole("main"), path).toHaveCount(1);
    expect(await page.title(), path).toContain(getSiteContent().name);
    expect(await page.locator('meta[name="description"]').getAttribute("content"), path).toBeTruthy();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(canonical, path).toBe(path === "/" ? SITE_URL : `${SITE_URL}${path}`);
    expect(await page.locator('meta[property="og:title"]').getAttribute("content"), path).toBeTruthy();
    expect(await page.locator('meta[property="og:image"]').first().getAttribute("content"), path).toMatch(/^https?:\/\//);
    expect(await page.locator('meta[name="twitter:card"]').getAttribute("content"), path).toBe("summary_large_image");
    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
    const types = jsonLd.map((t) => (JSON.parse(t) as { "@type"?: string })["@type"]);
    expect(types, path).toContain("Organization");
  }
});

test("the home page leads to the staking explainer, the dApp and the operators' path with plain links", async ({ page }) => {
  await page.goto("/");
  const main = page.getByRole("main");
  const hrefs = await main.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(hrefs).toContain("/stake");
  expect(hrefs).toContain("/staking");
  expect(hrefs.some((h) => h?.startsWith("/staking#operators"))).toBe(true);
  await expect(main.getByText("240,000,000")).toBeVisible();
});

test("the token page lists both deployments with Arbiscan links and copy buttons", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/token");
  for (const d of [ARBITRUM_ONE, ARBITRUM_SEPOLIA]) {
    for (const address of [d.token, d.rewards, d.pool, d.factory]) {
      await expect(page.getByText(address, { exact: true })).toBeVisible();
      await expect(page.locator(`a[href="${d.explorer}/address/${address}"]`)).toHaveCount(1);
    }
  }
  const copy = page.getByRole("button", { name: "Copy SESH token address" }).first();
  await copy.click();
  await expect(copy).toContainText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ARBITRUM_ONE.token);
});

test("an unknown page is a 404 in the site's frame", async ({ page }) => {
  const response = await page.goto("/this-page-does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("off the network");
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the home page" })).toHaveAttribute("href", "/");
});
