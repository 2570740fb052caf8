/**
 * A contribution completed on a phone: 360 × 780 with touch. The form, Max and the staged dialog
 * fit the screen (the dialog scrolls, the page behind it does not), and the chain shows exactly
 * what was asked for. (A claim's amounts are checked in claim.spec.ts; the claim panel at 360 px in
 * mobile.spec.ts, and the dialog is the one checked here.)
 */
import { ATOMIC_PER_SESH } from "../../../lib/staking/amounts";
import type { Page } from "@playwright/test";
import { expect, test } from "../../fixtures/test";
import { finishDialog } from "../../fixtures/dapp";

test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

/** Nothing wider than the screen, and the page behind an open dialog does not scroll. */
async function expectFitsPhone(page: Page) {
  const layout = await page.evaluate(() => {
    const dialog = document.querySelector("dialog[open]");
    const r = dialog?.getBoundingClientRect();
    return {
      docWidth: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      dialog: r ? { left: r.left, right: r.right, top: r.top, bottom: r.bottom } : null,
      pageScrolls: getComputedStyle(document.documentElement).overflow !== "hidden",
    };
  });
  expect(layout.docWidth, "the document scrolls sideways").toBeLessThanOrEqual(layout.viewport);
  if (layout.dialog) {
    expect(layout.dialog.left).toBeGreaterThanOrEqual(0);
    expect(layout.dialog.right).toBeLessThanOrEqual(layout.viewport);
    expect(layout.pageScrolls, "the page behind the dialog scrolls").toBe(false);
  }
}

test.describe("writes on a phone", () => {
  test("a contribution with Max: the form and the dialog fit, the chain holds exactly the balance staked", async ({ page, chain, openConnected }) => {
    const operator = await chain.freshAccount();
    const contract = await chain.openContract(operator, { operatorStake: 6_250n * ATOMIC_PER_SESH });
    // less than what the node still needs: Max is the whole wallet balance
    const me = await chain.freshAccount(3_000n);
    const balance = await chain.balance(me.address);

    await openConnected(me, `/stake/${contract}`);
    const amount = page.getByTestId("contribute-amount");
    await expect(amount).toHaveAttribute("inputmode", "decimal");
    await page.getByTestId("contribute-max").tap();
    expect(balance % ATOMIC_PER_SESH).toBe(0n);
    await expect(amount).toHaveValue((balance / ATOMIC_PER_SESH).toString());
    const submit = page.getByTestId("contribute-submit");
    const box = (await submit.boundingBox())!;
    expect(box.height, "the stake button is a thumb's target").toBeGreaterThanOrEqual(44);
    await submit.tap();
    await expect(page.getByTestId("tx-dialog")).toBeVisible();
    await expectFitsPhone(page);
    await finishDialog(page, { close: false });
    await expectFitsPhone(page);
    await page.getByTestId("tx-close").tap();

    const [addrs, , amounts] = await chain.contributions(contract);
    const i = addrs.findIndex((a) => a.toLowerCase() === me.address.toLowerCase());
    expect(amounts[i]).toBe(balance);
    expect(await chain.balance(me.address)).toBe(0n);
  });
});
