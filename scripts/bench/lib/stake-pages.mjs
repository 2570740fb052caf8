// Every dApp route (/stake and /stake/<contract> with its contribute form, /nodes, /nodes/<id>,
// /mystakes, /address/<a>, /register) in Chromium, before any tap: the scripts of the server's
// first HTML (the budget's measure, DESIGN.md), every script loaded until the page's data and form
// are on screen without a wallet (reported, not budgeted), and whether any of it is wallet code.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { REPO } from "./reference-app.mjs";
import { scriptSrcs, weighScripts } from "./script-weight.mjs";

export const CHROME = process.env.CHROME_PATH ?? process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium";
export const STAKE_BUDGET = 1.5;

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROME, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
}

/**
 * A fresh context (cold cache) on a mid-range phone as Lighthouse emulates it: 412 x 823, touch,
 * CPU slowed 4x. Returns the page and its CDP session (the benches that profile it need both).
 */
export async function openPhonePage(browser) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  return { context, page, cdp };
}

/** The first contribution contract the devnet's simulator lists as open (status 1). */
export async function openContract(backendApiUrl) {
  const { contracts } = JSON.parse(await (await fetch(`${backendApiUrl}/contract/contribution`)).text());
  const open = contracts.find((c) => c.status === 1);
  if (!open) throw new Error("the devnet lists no open contribution contract");
  return open.address;
}

/**
 * Wallet code, recognised by what it contains rather than by a chunk's name (hashed): wagmi's
 * storage key for its reconnect (`recentConnectorId`) and RainbowKit's `data-rk` attribute.
 */
const WALLET_MARKERS = ["recentConnectorId", "data-rk"];

function hasWalletCode(urls) {
  return urls.some((u) => {
    const file = path.join(REPO, ".next", decodeURIComponent(new URL(u).pathname.replace(/^\/_next\//, "")));
    if (!existsSync(file)) return false;
    const text = readFileSync(file, "utf8");
    return WALLET_MARKERS.some((m) => text.includes(m));
  });
}

/** The dApp routes the budgets hold, with what shows each one is ready. */
export function dappRoutes({ contract, nodeId, address }) {
  return [
    { route: "/stake", ready: '[data-testid="open-node-row"]' },
    { route: `/stake/${contract}`, label: "/stake/<contract>", ready: '[data-testid="contribute-form"]' },
    { route: "/nodes", ready: '[data-testid="node-row"]' },
    { route: `/nodes/${nodeId}`, label: "/nodes/<id>", ready: '[data-testid="node-deposit"]' },
    { route: "/mystakes", ready: '[data-testid="mystakes-connect"]' },
    { route: `/address/${address}`, label: "/address/<a>", ready: '[data-testid="account-balance"]' },
    { route: "/register", ready: '[data-testid="register-connect"]' },
  ];
}

export async function measureStakePages({ base, contract, nodeId = 1, address, browser, chunks = false }) {
  const routes = address ? dappRoutes({ contract, nodeId, address }) : dappRoutes({ contract, nodeId, address: "" }).slice(0, 2);
  const rows = [];
  for (const r of routes) {
    const page = await browser.newPage();
    const scripts = [];
    page.on("response", (res) => {
      if (res.request().resourceType() === "script" && new URL(res.url()).pathname.startsWith("/_next/")) scripts.push(res.url());
    });
    const res = await page.goto(base + r.route);
    const html = (await res?.text()) ?? "";
    if (html.includes('data-testid="config-error"')) throw new Error(`${r.route} rendered the configuration error page, not the dApp`);
    await page.waitForSelector(r.ready, { timeout: 30_000 });
    await page.waitForLoadState("networkidle");
    const htmlScripts = scriptSrcs(html);
    const firstHtml = weighScripts(REPO, htmlScripts);
    // a preloaded script may not show as a "script" request: count the first HTML's in any case
    const withForm = weighScripts(REPO, [...htmlScripts, ...scripts]);
    if (chunks) for (const s of new Set([...htmlScripts, ...scripts])) console.error(`${r.route}\t${s}`);
    const walletCode = hasWalletCode([...new Set([...htmlScripts.map((x) => new URL(x, base).href), ...scripts])]);
    rows.push({ route: r.label ?? r.route, firstHtml, withForm, walletCode });
    await page.close();
  }
  return rows;
}
