import { expect, test } from "../fixtures/test";
import { axeProblems } from "../fixtures/axe";
import { devnetAccount } from "../fixtures/devnet";
import type { DevnetAccount } from "../../lib/chain/devnet-state";

/**
 * axe on the dApp's pages at desktop width once their data has loaded, in the light theme. Every
 * dApp route is scanned again at 360 px (mobile.spec.ts: the same markup with the tables stacked),
 * in the light theme without a wallet and in the dark theme connected: each theme and each layout
 * is scanned, without scanning every page in every combination.
 */
const pages = (contributor: DevnetAccount): [string, string][] => [
  ["/stake", "open-node-row"],
  ["/nodes", "node-row"],
  ["/nodes/1", "contributor-row"],
  [`/address/${contributor.address}`, "my-contract-row"],
];

test("axe finds no violation on the staking pages at desktop width (light theme)", async ({ page, devnet }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => localStorage.setItem("theme", "light"));
  const problems: string[] = [];
  for (const [path, ready] of pages(devnetAccount(devnet, "contributor"))) {
    await page.goto(path);
    await expect(page.getByTestId(ready).first()).toBeVisible();
    problems.push(...(await axeProblems(page, `${path} [light]`)));
  }
  expect(problems).toEqual([]);
});
