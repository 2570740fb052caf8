import { expect, test } from "@playwright/test";
import { marketingPages } from "./site-routes";

test.use({ viewport: { width: 360, height: 740 } });

test("at 360 px nothing overflows horizontally on any marketing route", async ({ page }) => {
  test.setTimeout(120_000);
  const overflowing: string[] = [];
  for (const path of await marketingPages()) {
    await page.goto(path);
    const result = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll("body *")]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          // elements inside a horizontal scroller (wide tables) are fine: the scroller contains them
          const scroller = el.parentElement?.closest("[class*='overflow-x-auto'], .prose-site table");
          return r.width > 0 && r.right > width + 1 && !scroller && getComputedStyle(el).position !== "fixed";
        })
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 40)}`);
      return { scrollWidth: document.documentElement.scrollWidth, width, wide };
    });
    // the page must not scroll sideways; the widest offenders are named to help fix it
    if (result.scrollWidth > result.width) overflowing.push(`${path}: scrollWidth ${result.scrollWidth} > ${result.width} ${result.wide.join(", ")}`);
  }
  expect(overflowing).toEqual([]);
});

test("the mobile menu opens with the keyboard and lists every section and the Stake link", async ({ page }) => {
  await page.goto("/");
  const summary = page.locator("header details > summary");
  await expect(summary).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await summary.focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("navigation", { name: "Mobile" });
  await expect(menu).toBeVisible();
  for (const name of ["Token", "Network", "Staking", "Blog", "SessionTV", "FAQ", "Stake SESH"]) {
    await expect(menu.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await page.keyboard.press("Tab");
  await expect(menu.getByRole("link", { name: "Token" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/token$/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
