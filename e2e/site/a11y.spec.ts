import { expect, test } from "@playwright/test";
import { axeProblems } from "../fixtures/axe";
import { marketingPages } from "./site-routes";

/**
 * axe (all rules: WCAG 2.x A/AA and best practices) on every marketing route in both themes. The
 * theme is chosen the way a returning visitor's choice is: the saved preference in localStorage,
 * read by the no-flash script before the first paint.
 */
for (const theme of ["dark", "light"] as const) {
  test(`axe finds no violation on any marketing route in the ${theme} theme`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.addInitScript((t) => localStorage.setItem("theme", t), theme);
    const problems: string[] = [];
    for (const path of await marketingPages()) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      problems.push(...(await axeProblems(page, `${path} [${theme}]`)));
    }
    expect(problems).toEqual([]);
  });
}

test("axe finds no violation in the open mobile menu", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  await page.locator("header details > summary").click();
  await expect(page.getByRole("navigation", { name: "Mobile" })).toBeVisible();
  expect(await axeProblems(page)).toEqual([]);
});
