/**
 * The privacy switch: once on, no amount or address is readable on screen on any dApp page (every
 * visible text that looks like one is painted transparent), the choice survives a reload (this
 * browser's localStorage, applied before the first paint, no hydration warning), and the pages
 * stay usable: navigation, a typed contribution and its button work.
 */
import type { Page } from "@playwright/test";
import { devnetAccount, openContractAddress } from "../fixtures/devnet";
import { expect, test } from "../fixtures/test";

/** Visible texts (and input values) that read as an amount or an address, and whether each is painted unreadable. */
async function amountsAndAddresses(page: Page): Promise<{ text: string; hidden: boolean }[]> {
  return page.evaluate(() => {
    const pattern = /\d[\d,]*(\.\d+)?\s?SESH|\$\s?\d|0x[0-9a-fA-F]{4,}|\b[0-9a-f]{8,}…/;
    const unreadable = (el: Element) => {
      const s = getComputedStyle(el);
      return s.color === "rgba(0, 0, 0, 0)" || s.visibility === "hidden";
    };
    const out: { text: string; hidden: boolean }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent ?? "";
      if (!el || !pattern.test(text)) continue;
      if (el.closest(".sr-only, script, style, title, template, [hidden]")) continue;
      if (el.getClientRects().length === 0) continue; // not on screen (a closed dialog or details)
      out.push({ text: text.trim().slice(0, 60), hidden: unreadable(el) });
    }
    for (const input of Array.from(document.querySelectorAll("input"))) {
      if (input.value && pattern.test(`${input.value} SESH`) && input.getClientRects().length > 0) out.push({ text: `input ${input.value}`, hidden: unreadable(input) });
    }
    return out;
  });
}

/** What `path` leaves readable with the switch on (after a reload: the choice comes from localStorage). */
async function readableOn(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  await expect(page.locator("main")).not.toContainText("Loading", { timeout: 15_000 });
  await expect(page.locator("html")).toHaveAttribute("data-privacy", "on");
  const found = await amountsAndAddresses(page);
  expect(found.length, `${path} shows amounts or addresses`).toBeGreaterThan(0);
  return found.filter((f) => !f.hidden).map((f) => `${path}: ${f.text}`);
}

test("the privacy switch hides every amount and address, is remembered in this browser, and the pages stay usable", async ({ page, devnet, consoleProblems, openConnected }) => {
  const contributor = devnetAccount(devnet, "contributor");
  await openConnected(contributor, "/mystakes");
  await expect(page.getByTestId("account-staked")).toBeVisible();
  const before = await amountsAndAddresses(page);
  expect(before.some((f) => !f.hidden)).toBe(true);

  const toggle = page.getByTestId("privacy-toggle");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  expect(await page.evaluate(() => localStorage.getItem("privacy"))).toBe("on");

  const contract = await openContractAddress(devnet);
  const node = ((await (await fetch(`${devnet.backendApiUrl}/nodes`)).json()) as { nodes: { contract_id: number; contributors: { address: string }[] }[] }).nodes.find((n) => n.contributors.length > 1)!;
  const readable: string[] = [];
  for (const path of ["/mystakes", "/stake", `/stake/${contract}`, `/nodes/${node.contract_id}`, "/nodes", `/address/${contributor.address}`]) readable.push(...(await readableOn(page, path)));
  expect(readable).toEqual([]);

  // still usable: the contribution form takes an amount and offers its button, hidden as it is typed
  await page.goto(`/stake/${contract}`);
  const amount = page.getByTestId("contribute-amount");
  await expect(amount).toBeEnabled();
  await amount.fill("1500");
  await expect(page.getByTestId("contribute-submit")).toBeEnabled();
  expect((await amountsAndAddresses(page)).filter((f) => !f.hidden)).toEqual([]);
  await page.getByRole("link", { name: /My stakes|Mine/ }).first().click();
  await expect(page).toHaveURL(/\/mystakes$/);

  await page.getByTestId("privacy-toggle").click();
  await expect(page.locator("html")).not.toHaveAttribute("data-privacy", "on");
  await expect(page.getByTestId("account-staked")).not.toHaveCSS("color", "rgba(0, 0, 0, 0)");
  expect(consoleProblems).toEqual([]);
});
