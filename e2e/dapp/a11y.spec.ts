import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { devnetAccount, readDevnet } from "../fixtures/devnet";

/** axe on the dApp's pages once their data has loaded, in both themes. */
const devnet = readDevnet();
const contributor = devnetAccount(devnet, "contributor");
const pages: [string, string][] = [
  ["/stake", "open-node-row"],
  ["/nodes", "node-row"],
  ["/nodes/1", "contributor-row"],
  [`/address/${contributor.address}`, "my-contract-row"],
];

for (const theme of ["dark", "light"] as const) {
  test(`axe finds no violation on the staking pages in the ${theme} theme`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.addInitScript((t) => localStorage.setItem("theme", t), theme);
    const problems: string[] = [];
    for (const [path, ready] of pages) {
      await page.goto(path);
      await expect(page.getByTestId(ready).first()).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      for (const v of violations) problems.push(`${path} [${theme}] ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
    }
    expect(problems).toEqual([]);
  });
}
