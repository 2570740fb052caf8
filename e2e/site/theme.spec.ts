import { expect, test, type Page } from "@playwright/test";

/**
 * Records html[data-theme] at the moment <body> is inserted by the parser, before anything of the
 * page is painted and long before React hydrates: that is the theme of the first frame.
 */
async function recordFirstFrameTheme(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __firstFrameTheme?: string | null };
    const observer = new MutationObserver(() => {
      if (document.body && w.__firstFrameTheme === undefined) {
        w.__firstFrameTheme = document.documentElement.getAttribute("data-theme");
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}
const firstFrameTheme = (page: Page) => page.evaluate(() => (window as unknown as { __firstFrameTheme?: string | null }).__firstFrameTheme);

test("without a saved choice the theme follows prefers-color-scheme from the first frame", async ({ page }) => {
  await recordFirstFrameTheme(page);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  expect(await firstFrameTheme(page)).toBe("light");
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.goto("/token");
  expect(await firstFrameTheme(page)).toBe("dark");
});

test("the theme toggle works with the keyboard and the choice survives a reload without a flash", async ({ page }) => {
  await recordFirstFrameTheme(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/staking");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const bgDark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  // reach the toggle with Tab, as a keyboard user would
  const toggle = page.getByRole("button", { name: "Switch to light theme" });
  for (let i = 0; i < 20 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(toggle).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await expect(page.getByRole("button", { name: "Switch to dark theme" })).toBeFocused();
  const bgLight = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bgLight).not.toBe(bgDark);

  // the system still prefers dark, the saved choice wins from the first frame
  await page.reload();
  expect(await firstFrameTheme(page)).toBe("light");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await page.goto("/");
  expect(await firstFrameTheme(page)).toBe("light");

  // Space toggles back
  await page.getByRole("button", { name: "Switch to dark theme" }).focus();
  await page.keyboard.press("Space");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  expect(await firstFrameTheme(page)).toBe("dark");
});
