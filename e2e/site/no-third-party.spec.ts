import { expect, test } from "@playwright/test";
import { isSameOrigin, marketingPages } from "./site-routes";

/**
 * Marketing pages load everything from our own origin: no font CDN, no analytics, no embeds
 * before a click. Any request elsewhere is recorded (and answered locally: there is no internet).
 */
test("no marketing route requests a font CDN or any third-party host", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const offenders: string[] = [];
  let current = "";
  page.on("request", (r) => {
    if (!isSameOrigin(r.url(), baseURL)) offenders.push(`${current}: ${r.url()}`);
  });
  await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
  const fonts: string[] = [];
  page.on("response", (r) => {
    if (r.request().resourceType() === "font") fonts.push(r.url());
  });
  for (const path of await marketingPages()) {
    current = path;
    await page.goto(path, { waitUntil: "networkidle" });
  }
  expect(offenders).toEqual([]);
  // the typeface is self-hosted: Inter is served by us
  expect(fonts.length).toBeGreaterThan(0);
  for (const f of fonts) expect(isSameOrigin(f, baseURL), f).toBe(true);
  const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(family).toMatch(/inter/i);
});
