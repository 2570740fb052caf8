/**
 * The funnel, end to end in Chromium, against a server of its own (e2e/fixtures/funnel-server.ts:
 * its own SQLite file, so the counts are exactly this spec's). The walk goes home -> a home CTA ->
 * the explainer -> /stake -> connect the injected test wallet -> stake on the devnet; the report
 * must then show one count per step, credited to the CTA. It sends transactions, so it runs with
 * the other write tests (playwright.config.ts). The same walk with Do Not Track or Global Privacy Control records
 * nothing. Then the endpoint's rejections, a 1,000-event burst, and a scan of what was stored.
 * The tests run in order and share the server: each one states the counts it expects.
 */
import { ATOMIC_PER_SESH } from "../../../lib/staking/amounts";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Browser, Locator, Page } from "@playwright/test";
import type { FunnelStep } from "../../../lib/funnel/steps";
import type { Address } from "viem";
import type { DevnetAccount, DevnetState } from "../../../lib/chain/devnet-state";
import { type DevnetActions } from "../../fixtures/chain-actions";
import { devnetAccount } from "../../fixtures/devnet";
import { expect, FUNNEL_ADMIN_TOKEN, parseAdminReport, test, type FunnelServer, type ShownReport } from "../../fixtures/funnel-server";
import { connect } from "../../fixtures/dapp";

test.describe.configure({ mode: "serial" });

/** The home CTA the walk clicks ("How staking works", content/home.yaml hero.secondaryCta). */
const WALK_CTA = "home-hero-how-staking-works";
/** The walk's wallet (the seeded "fresh" account: it never staked before). */
const WALKER = "fresh";
/** The node each walk stakes to: opened by the test before the walk, so /stake lists it at the first view. */
let walkContract: Address | null = null;

/** Pick the walk's node in /stake's list, stake 2,500 SESH through the transaction dialog. */
async function stakeOnDevnet(page: Page) {
  await page.locator(`[data-testid="open-node-row"][data-address="${walkContract}"] a`).first().click();
  await page.waitForURL((url) => url.pathname === `/stake/${walkContract}`);
  await page.getByTestId("contribute-amount").fill("2500");
  await page.getByTestId("contribute-submit").click();
  await page.getByTestId("tx-next").click(); // the stake after its exact approval
  await expect(page.getByTestId("tx-done")).toBeVisible({ timeout: 20_000 });
}

/** The walk, stage by stage: what the visitor does and the steps it counts. */
const WALK: { name: string; counts: FunnelStep[]; act(page: Page): Promise<unknown> }[] = [
  { name: "open the home page", counts: ["landing"], act: (page) => page.goto("/") },
  { name: "click the home CTA to the explainer", counts: ["cta_click", "explainer"], act: (page) => clickTo(page, page.locator(`a[data-cta="${WALK_CTA}"]`).first(), "/staking") },
  { name: "follow the explainer's link to /stake", counts: ["stake_page"], act: (page) => clickTo(page, page.getByRole("main").getByRole("link", { name: "Start staking" }).first(), "/stake") },
  { name: "connect the wallet", counts: ["wallet_connected"], act: connect },
  { name: "stake on the devnet", counts: ["stake_submitted", "stake_confirmed"], act: stakeOnDevnet },
];

const ALL_STEPS: FunnelStep[] = ["landing", "explainer", "stake_page", "wallet_connected", "stake_submitted", "stake_confirmed", "claim_confirmed", "register_confirmed", "cta_click"];
const zero = (): Record<FunnelStep, number> => Object.fromEntries(ALL_STEPS.map((s) => [s, 0])) as Record<FunnelStep, number>;
/** After one counted walk: one of each step the walk counts, all credited to WALK_CTA but the landing before the click. */
const AFTER_WALK = { ...zero(), ...Object.fromEntries(WALK.flatMap((s) => s.counts).map((s) => [s, 1])) };
const WALK_CTA_AFTER_WALK = Object.fromEntries(WALK.flatMap((s) => s.counts).filter((s) => s !== "landing").map((s) => [s, 1]));

async function clickTo(page: Page, link: Locator, pathname: string) {
  await link.click();
  await page.waitForURL((url) => url.pathname === pathname);
}

async function report(request: APIRequestContext, funnel: FunnelServer): Promise<ShownReport> {
  const res = await request.post(`${funnel.url}/admin/funnel`, { form: { token: FUNNEL_ADMIN_TOKEN, days: "7" }, headers: { origin: funnel.url } });
  expect(res.status()).toBe(200);
  return parseAdminReport(await res.text());
}

/** Everything a walk's page sent to the funnel, and every response that tried to set a cookie. */
function watch(page: Page) {
  const funnelRequests: string[] = [];
  const setCookies: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/api/funnel") funnelRequests.push(r.postData() ?? "");
  });
  page.on("response", async (r) => {
    const cookie = await r.headerValue("set-cookie").catch(() => null);
    if (cookie) setCookies.push(`${r.url()}: ${cookie}`);
  });
  return { funnelRequests, setCookies };
}

/**
 * Walks the funnel. Counting: after each stage, waits until the report shows the stage's counts
 * (which also proves the page was hydrated before the next click). Not counting: waits for the
 * page to settle, so a beacon that should not exist would have been sent.
 */
type WalkFixtures = { page: Page; request: APIRequestContext; funnel: FunnelServer; devnet: DevnetState; chain: DevnetActions; injectWallet: (account: DevnetAccount, o: { page: Page }) => Promise<unknown> };

async function walk({ page, request, funnel, devnet, chain, injectWallet }: WalkFixtures, { counting }: { counting: boolean }) {
  walkContract = await chain.openContract(await chain.freshAccount(), { operatorStake: 6_250n * ATOMIC_PER_SESH });
  // the simulated network witnesses it within a second; /stake then lists it
  await expect.poll(async () => (await (await fetch(`${devnet.backendApiUrl}/contract/contribution`)).text()).toLowerCase().includes(walkContract!.toLowerCase())).toBe(true);
  await injectWallet(devnetAccount(devnet, WALKER), { page });
  const expected = zero();
  for (const stage of WALK) {
    await test.step(stage.name, async () => {
      await stage.act(page);
      await page.waitForLoadState("networkidle");
      // marketing pages: no cookie at all, whatever the funnel does
      if (!new URL(page.url()).pathname.startsWith("/stake")) expect(await page.evaluate(() => document.cookie)).toBe("");
      if (!counting) return;
      for (const step of stage.counts) expected[step]++;
      await expect.poll(async () => (await report(request, funnel)).overall, { message: `counts after "${stage.name}"` }).toEqual(expected);
    });
  }
}

async function refusingContext(browser: Browser, refusal: "dnt" | "gpc") {
  const context = await browser.newContext();
  // Chromium has no switch for either: the page sees them exactly as a browser that has them on
  await context.addInitScript((which) => {
    if (which === "dnt") Object.defineProperty(Navigator.prototype, "doNotTrack", { get: () => "1", configurable: true });
    else Object.defineProperty(Navigator.prototype, "globalPrivacyControl", { get: () => true, configurable: true });
  }, refusal);
  return context;
}

test("the walk home -> CTA -> explainer -> /stake -> wallet -> stake counts each step once, credited to the CTA, and sets no cookie", async ({ page, request, funnel, baseURL, devnet, chain, injectWallet }) => {
  test.setTimeout(120_000);
  const seen = watch(page);
  expect((await report(request, funnel)).overall).toEqual(zero());
  await walk({ page, request, funnel, devnet, chain, injectWallet }, { counting: true });

  // the team's view: the admin form in the browser, posting the token (never in the URL)
  await page.goto("/admin/funnel");
  await page.getByLabel("Admin token").fill(FUNNEL_ADMIN_TOKEN);
  await page.getByRole("button", { name: "Show the funnel" }).click();
  await expect(page).toHaveURL(`${baseURL}/admin/funnel`);
  await expect(page.locator('svg g[data-step="wallet_connected"]')).toHaveAttribute("data-count", "1");
  const shown = parseAdminReport(await page.content());
  expect(shown.overall).toEqual(AFTER_WALK);
  expect(shown.ctas).toEqual({ [WALK_CTA]: WALK_CTA_AFTER_WALK });
  await expect(page.locator(`[data-testid="cta-row"][data-name="${WALK_CTA}"]`)).toBeVisible();

  // the command-line report reads the same file
  const cli = spawnSync(process.execPath, ["--import", "tsx", "scripts/funnel-report.ts", "--days", "7"], { encoding: "utf8", env: { ...process.env, FUNNEL_SQLITE_PATH: funnel.dbFile, DATABASE_URL: "" } });
  expect(cli.status, cli.stderr).toBe(0);
  expect(cli.stdout).toMatch(/explainer\s+1\s+100\.0% of landing/);
  expect(cli.stdout).toContain(`  ${WALK_CTA}\n`);

  expect(seen.funnelRequests.length).toBe(WALK.flatMap((s) => s.counts).length);
  expect(seen.setCookies, "responses that set a cookie").toEqual([]);
  // the only cookies are the wallet state (wagmi's and the connected account, lib/chain/wallet-cookie-names.ts), written in the browser by the dApp after connecting
  for (const cookie of await page.context().cookies()) expect(cookie.name).toMatch(/^session-staking\./);
});

for (const refusal of ["dnt", "gpc"] as const) {
  test(`with ${refusal === "dnt" ? "Do Not Track" : "Global Privacy Control"} on, the same walk sends and records nothing`, async ({ browser, request, funnel, devnet, chain, injectWallet }) => {
    test.setTimeout(120_000);
    const context = await refusingContext(browser, refusal);
    const page = await context.newPage();
    const seen = watch(page);
    await walk({ page, request, funnel, devnet, chain, injectWallet }, { counting: false });
    await page.waitForTimeout(500); // a late beacon would still show up
    expect(seen.funnelRequests).toEqual([]);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect((await report(request, funnel)).overall).toEqual(AFTER_WALK);
    expect(seen.setCookies).toEqual([]);
    await context.close();
  });
}

test("malformed, oversized, cross-site and unknown events are refused and nothing is stored", async ({ request, funnel }) => {
  const send = (body: string, headers: Record<string, string> = {}) =>
    request.post(`${funnel.url}/api/funnel`, { data: body, headers: { "content-type": "text/plain;charset=UTF-8", origin: funnel.url, ...headers } });
  const event = JSON.stringify({ step: "landing", path: "/" });
  expect((await send("{not json")).status()).toBe(400);
  expect((await send(JSON.stringify({ step: "landing", path: "/", pad: "x".repeat(2_000) }))).status()).toBe(413);
  expect((await send(JSON.stringify({ step: "signup", path: "/" }))).status()).toBe(400);
  expect((await send(JSON.stringify({ step: "cta_click", path: "/", cta: "made-up-cta" }))).status()).toBe(400);
  expect((await send(event, { "content-type": "application/json" })).status()).toBe(400);
  expect((await send(event, { origin: "https://evil.example", "sec-fetch-site": "cross-site" })).status()).toBe(403);
  expect((await send(event, { origin: "https://evil.example" })).status()).toBe(403);
  expect((await request.get(`${funnel.url}/api/funnel`)).status()).toBe(405);
  expect((await report(request, funnel)).overall).toEqual(AFTER_WALK);
});

test("a burst of 1,000 events: each is counted or rate-limited, the totals add up, and the server keeps answering", async ({ request, funnel }) => {
  test.setTimeout(120_000);
  const before = (await report(request, funnel)).overall.landing ?? 0;
  const statuses = await Promise.all(
    Array.from({ length: 1_000 }, () =>
      fetch(`${funnel.url}/api/funnel`, { method: "POST", body: JSON.stringify({ step: "landing", path: "/" }), headers: { origin: funnel.url } }).then((r) => r.status),
    ),
  );
  const counted = statuses.filter((s) => s === 204).length;
  const limited = statuses.filter((s) => s === 429).length;
  console.log(`burst: ${counted} counted, ${limited} rate-limited of ${statuses.length}`);
  expect(counted + limited).toBe(1_000);
  expect(counted).toBeGreaterThan(0);
  expect(limited).toBeGreaterThan(0);
  await expect.poll(async () => (await report(request, funnel)).overall.landing).toBe(before + counted);
  // still answering, quickly: pages, the report and the endpoint (which now says 429 to this client)
  const started = Date.now();
  expect((await request.get(`${funnel.url}/`)).status()).toBe(200);
  expect((await request.post(`${funnel.url}/api/funnel`, { data: JSON.stringify({ step: "landing", path: "/" }), headers: { "content-type": "text/plain", origin: funnel.url } })).status()).toBe(429);
  expect(Date.now() - started).toBeLessThan(5_000);
});

test("after the walk, the SQLite file and the server's output hold no IP address, user agent or identifier", async ({ browser, funnel, devnet }) => {
  const page = await browser.newPage();
  const userAgent = await page.evaluate(() => navigator.userAgent);
  await page.close();
  const folder = path.dirname(funnel.dbFile);
  const stored = readdirSync(folder).map((f) => readFileSync(path.join(folder, f)).toString("latin1")).join("\n");
  expect(stored).toContain(WALK_CTA); // the scan reads the real data (WAL included)
  const address = devnetAccount(devnet, WALKER).address;
  for (const needle of ["127.0.0.1", userAgent, "HeadlessChrome", "Mozilla", address, address.toLowerCase(), address.slice(2).toLowerCase(), "session-staking", "sec-fetch", "Origin"]) {
    expect(stored, `the database holds ${needle}`).not.toContain(needle);
    if (needle !== "127.0.0.1") expect(funnel.output(), `the server printed ${needle}`).not.toContain(needle);
  }
  expect(funnel.output()).not.toContain("/api/funnel");
});
