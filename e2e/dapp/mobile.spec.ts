/**
 * The dApp on a phone: 360 × 780 with touch, every dApp route, without and with a connected wallet.
 * The document never scrolls sideways; nothing in the header or the dApp's navigation overlaps
 * (bounding boxes); every control there is at least 44 px tall; axe finds nothing at that size in
 * both themes.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { axeProblems } from "../fixtures/axe";
import { connect } from "../fixtures/dapp";
import { devnetAccount, openContractAddress } from "../fixtures/devnet";
import type { DevnetState } from "../../lib/chain/devnet-state";

test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

/** Every dApp route with the element that says its data is on screen. */
async function routes(devnet: DevnetState): Promise<[string, string][]> {
  const [staker, operator] = [devnetAccount(devnet, "staker"), devnetAccount(devnet, "operator")];
  const open = await openContractAddress(devnet);
  const regs = JSON.parse(await (await fetch(`${devnet.backendApiUrl}/registrations/${operator.address}`)).text()) as { registrations: { pubkey_ed25519: string }[] };
  return [
    ["/stake", "open-node-row"],
    [`/stake/${open}`, "contribute-form"],
    ["/nodes", "node-row"],
    ["/nodes/1", "contributor-row"],
    ["/mystakes", "main"],
    ["/watchlist", "main"],
    [`/address/${staker.address}`, "my-node-row"],
    ["/register", "paste-registration"],
    [`/register/${regs.registrations[0]!.pubkey_ed25519}`, "main"],
  ];
}

type Box = { what: string; x: number; y: number; w: number; h: number };

/** The visible controls of the header and the dApp's navigation, with their boxes. */
async function headerControls(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      // inside a closed <details> (a menu), a control is not on screen
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden" && !el.closest("details:not([open]) > :not(summary)");
    };
    return [...document.querySelectorAll('header a, header button, header summary, nav[aria-label="Staking"] a, nav[aria-label="Staking"] [data-testid="target-chain"]')]
      .filter(visible)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { what: `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 24)}"`, x: r.x, y: r.y, w: r.width, h: r.height };
      });
  });
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
}

async function checkPage(page: Page, label: string): Promise<string[]> {
  const problems: string[] = [];
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  if (scrollWidth > clientWidth) problems.push(`${label}: the page scrolls sideways (${scrollWidth} > ${clientWidth})`);
  const boxes = await headerControls(page);
  if (boxes.length < 4) problems.push(`${label}: only ${boxes.length} header controls found`);
  for (const b of boxes) {
    if (b.h < 44 && !b.what.includes("target-chain")) problems.push(`${label}: ${b.what} is ${b.h.toFixed(0)} px tall`);
    if (b.x < 0 || b.x + b.w > clientWidth + 0.5) problems.push(`${label}: ${b.what} is cut off (${b.x.toFixed(0)}..${(b.x + b.w).toFixed(0)})`);
  }
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!, boxes[j]!)) problems.push(`${label}: ${boxes[i]!.what} overlaps ${boxes[j]!.what}`);
  return problems;
}

async function openRoute(page: Page, path: string, ready: string) {
  await page.goto(path);
  await expect(ready === "main" ? page.locator("main h1") : page.getByTestId(ready).first()).toBeVisible();
}

/** The theme a returning visitor chose: the saved preference, read by the no-flash script before the first paint. */
async function useTheme(page: Page, theme: "dark" | "light") {
  await page.addInitScript((t) => localStorage.setItem("theme", t), theme);
}

// axe runs in the same visits as the layout checks: every route in the light theme without a
// wallet, and in the dark theme connected, so both themes are checked at 360 px on every route
test("at 360 px, without a wallet (light theme): no sideways scroll, no overlap in the header, 44 px targets, axe clean, on every dApp route", async ({ page, devnet }) => {
  test.setTimeout(150_000);
  await useTheme(page, "light");
  const problems: string[] = [];
  for (const [path, ready] of await routes(devnet)) {
    await openRoute(page, path, ready);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    problems.push(...(await checkPage(page, path)), ...(await axeProblems(page, `${path} [light]`)));
  }
  expect(problems).toEqual([]);
});

test("at 360 px, connected (dark theme): the same, axe clean, with the account menu (network and Disconnect inside it)", async ({ page, devnet, injectWallet }) => {
  const staker = devnetAccount(devnet, "staker");
  test.setTimeout(150_000);
  await useTheme(page, "dark");
  await injectWallet(staker);
  await page.goto("/stake");
  await connect(page);
  const problems: string[] = [];
  for (const [path, ready] of await routes(devnet)) {
    await openRoute(page, path, ready);
    await expect(page.getByTestId("connected-account")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    problems.push(...(await checkPage(page, `${path} (connected)`)), ...(await axeProblems(page, `${path} (connected) [dark]`)));
  }
  expect(problems).toEqual([]);
  // the account menu: the network and Disconnect are there, and nothing overflows when it is open
  await page.getByTestId("connected-account").click();
  await expect(page.getByTestId("wallet-menu-network")).toHaveText("Session devnet");
  const menu = await page.getByTestId("wallet-menu").boundingBox();
  expect(menu!.x).toBeGreaterThanOrEqual(0);
  expect(menu!.x + menu!.width).toBeLessThanOrEqual(360);
  await page.getByTestId("wallet-disconnect").click();
  await expect(page.getByRole("button", { name: "Connect wallet" })).toBeVisible();
});

test("figures never break inside a number at 360 px", async ({ page, devnet }) => {
  const staker = devnetAccount(devnet, "staker");
  const problems: string[] = [];
  for (const [path, ready] of [[`/address/${staker.address}`, "my-node-row"], ["/stake", "open-node-row"], ["/nodes", "node-row"]] as const) {
    await page.goto(path);
    await expect(page.getByTestId(ready).first()).toBeVisible();
    // every number on screen (1,234.56 and the like) must sit on one line: a Range over its
    // characters has all its boxes on the same line
    const broken = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.querySelector("main")!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
          if (m[0].length < 4) continue;
          const range = document.createRange();
          range.setStart(node, m.index!);
          range.setEnd(node, m.index! + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) out.push(m[0]);
        }
      }
      return out;
    });
    problems.push(...broken.map((n) => `${path}: "${n}" is split across lines`));
  }
  expect(problems).toEqual([]);
});

test("the header from 320 to 430 px, with and without a wallet: nothing overlaps or is cut off, 44 px targets", async ({ page, injectWallet, devnet }) => {
  const staker = devnetAccount(devnet, "staker");
  await injectWallet(staker);
  const problems: string[] = [];
  for (const connected of [false, true]) {
    if (connected) await connect(page);
    for (const width of [320, 390, 430]) {
      await page.setViewportSize({ width, height: 780 });
      await openRoute(page, "/stake", "open-node-row");
      if (connected) await expect(page.getByTestId("connected-account")).toBeVisible();
      problems.push(...(await checkPage(page, `/stake at ${width} px${connected ? " (connected)" : ""}`)));
    }
  }
  expect(problems).toEqual([]);
});
