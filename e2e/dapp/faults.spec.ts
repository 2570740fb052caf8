/**
 * Faults, as a staker meets them: the chain's RPC or the staking backend stops answering. A server of
 * this spec's own reads the devnet through stand-ins the test takes down and brings back
 * (e2e/fixtures/service-proxy.ts). Each dApp page says what is wrong within 10 s (a fault never
 * looks like data: no 0 SESH, no made-up state), recovers once the service answers again, and the
 * marketing pages do not notice. A slow RPC shows placeholders without moving the page.
 */
import { type BrowserContext, type Locator, type Page } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { formatSesh } from "../../lib/staking/amounts";

import { connect } from "../fixtures/dapp";
import { devnetAccount, openContractAddress } from "../fixtures/devnet";
import type { DevnetAccount } from "../../lib/chain/devnet-state";
import { startNextServer, type NextServer } from "../fixtures/next-server";
import { startServiceProxy, type ServiceProxy } from "../fixtures/service-proxy";

let staker: DevnetAccount;
let rpc: ServiceProxy;
let api: ServiceProxy;
let server: NextServer;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ devnet }) => {
  staker = devnetAccount(devnet, "staker");
  rpc = await startServiceProxy(devnet.rpcUrl);
  api = await startServiceProxy(devnet.backendApiUrl);
  // no registry reuse across requests: each page view asks the (stand-in) backend
  server = await startNextServer({ devnet: { ...devnet, rpcUrl: rpc.url, backendApiUrl: api.url }, env: { BACKEND_CACHE_MS: "0" } });
});

// a fresh server's first view of a route loads its code: the 10 s are the fault's, not the boot's
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/stake`);
  await expect(page.getByTestId("open-node-row").first()).toBeVisible({ timeout: 30_000 });
  for (const path of ["/nodes", "/nodes/1", "/mystakes", `/address/${staker.address}`]) await fetch(`${server.url}${path}`);
  await page.close();
});

test.afterAll(async () => {
  await server?.stop();
  await rpc?.close();
  await api?.close();
});

test.afterEach(() => {
  rpc.set("up");
  api.set("up");
});

const errorSaying = (text: RegExp) => (page: Page) => page.getByTestId("error-state").filter({ hasText: text });
const noticeSaying = (text: RegExp) => (page: Page) => page.getByTestId("fault-notice").filter({ hasText: text });

/** One dApp page under a fault: the message it must show, what it must not show, what it shows once the service is back. */
type FaultCase = {
  path: string;
  message: (page: Page) => Locator;
  /** before the navigation (e.g. a wallet to inject) and after it (e.g. connect) */
  before?: (page: Page) => Promise<void>;
  after?: (page: Page) => Promise<void>;
  whileDown?: (page: Page) => Promise<void>;
  recovered: (page: Page) => Promise<void>;
};

/**
 * Takes `service` down, opens each page in a tab of its own and expects its message within 10 s
 * of the navigation; then brings the service back and expects every tab to recover (with Retry
 * where the page offers it, else through the page's own 10 s fault refresh).
 */
async function faultRound(context: BrowserContext, service: ServiceProxy, cases: FaultCase[]) {
  service.set("down");
  // the server reuses a read while the chain's head is unchanged (its poll, 250 ms on the devnet):
  // the round starts once a page rendered now no longer carries the last figures
  const noticed = service === rpc ? "The chain could not be read" : "The staking backend could not be read";
  await expect.poll(async () => (await (await context.request.get(`${server.url}/stake`)).text()).includes(noticed), { timeout: 10_000, message: "the server noticed the fault" }).toBe(true);
  const pages: Page[] = [];
  for (const c of cases) {
    const page = await context.newPage();
    pages.push(page);
    await c.before?.(page);
    let started = Date.now();
    await page.goto(`${server.url}${c.path}`);
    if (c.after) {
      // connecting the wallet is the user's time, not the fault's: the 10 s start once connected
      await c.after(page);
      started = Date.now();
    }
    await expect(c.message(page)).toBeVisible({ timeout: 10_000 });
    const took = Date.now() - started;
    console.log(`${service === rpc ? "RPC" : "staking backend"} down: ${c.path.slice(0, 20)} says so after ${took} ms`);
    expect(took, `${c.path}: the message took too long`).toBeLessThan(10_000);
    await c.whileDown?.(page);
  }
  service.set("up");
  await Promise.all(
    cases.map(async (c, i) => {
      const page = pages[i]!;
      // Retry, as a user would; a page may already have recovered by itself (failed reads are asked
      // again every 10 s) and taken the button away between the look and the click: nothing to tap then
      const button = page.getByTestId("error-retry").first();
      if (await button.isVisible()) await button.click({ timeout: 3_000 }).catch(() => undefined);
      await c.recovered(page);
      await expect(page.getByTestId("error-state"), `${c.path} still shows an error`).toHaveCount(0, { timeout: 15_000 });
    }),
  );
  await Promise.all(pages.map((p) => p.close()));
}

test("with the chain's RPC unreachable every dApp page says so, shows no figure it cannot know, and recovers", async ({ context, devnet, chain, injectWallet }) => {
  test.setTimeout(120_000);
  const contract = await openContractAddress(devnet);
  const [totalNodes, node1, balance] = await Promise.all([
    chain.client.readContract({ ...chain.rewards, functionName: "totalNodes" }),
    chain.client.readContract({ ...chain.rewards, functionName: "serviceNodes", args: [1n] }),
    chain.balance(staker.address),
  ]);
  await faultRound(context, rpc, [
    {
      path: "/stake",
      message: errorSaying(/The chain could not be read/),
      // figures only the chain knows are unknown, never 0
      whileDown: async (page) => {
        await expect(page.getByTestId("stat-registered-nodes")).toHaveText("—");
        await expect(page.getByTestId("stat-total-staked")).toHaveText("—");
      },
      recovered: (page) => expect(page.getByTestId("stat-registered-nodes")).toHaveText(totalNodes.toString(), { timeout: 15_000 }),
    },
    {
      path: "/nodes",
      message: noticeSaying(/The chain could not be read: stakes are as the network reports them/),
      whileDown: (page) => expect(page.getByTestId("node-row").first()).toBeVisible(),
      recovered: (page) => expect(page.getByTestId("fault-notice")).toHaveCount(0, { timeout: 15_000 }),
    },
    {
      path: "/nodes/1",
      message: noticeSaying(/The chain could not be read: state and stake are as the network reports them/),
      recovered: async (page) => {
        await expect(page.getByTestId("fault-notice")).toHaveCount(0, { timeout: 15_000 });
        await expect(page.getByTestId("node-deposit")).toHaveText(`${formatSesh(node1.deposit)} SESH`);
      },
    },
    {
      path: `/stake/${contract}`,
      message: errorSaying(/This contract could not be read from the chain/),
      whileDown: (page) => expect(page.getByTestId("detail-staked")).toHaveCount(0),
      recovered: (page) => expect(page.getByTestId("detail-staked")).toBeVisible({ timeout: 15_000 }),
    },
    {
      path: `/address/${staker.address}`,
      message: errorSaying(/The chain could not be read, so these stakes and rewards cannot be shown/),
      whileDown: (page) => expect(page.getByTestId("my-node-row")).toHaveCount(0),
      recovered: (page) => expect(page.getByTestId("account-balance")).toHaveText(`${formatSesh(balance)} SESH`, { timeout: 15_000 }),
    },
    {
      path: "/mystakes",
      before: (page) => injectWallet(staker, { page }).then(() => undefined),
      after: connect,
      message: errorSaying(/The chain could not be read, so these stakes and rewards cannot be shown/),
      recovered: (page) => expect(page.getByTestId("account-balance")).toHaveText(`${formatSesh(balance)} SESH`, { timeout: 15_000 }),
    },
  ]);
});

test("with the staking backend unreachable every dApp page says so and recovers; the chain's figures still show", async ({ context, devnet, chain, injectWallet }) => {
  test.setTimeout(120_000);
  const contract = await openContractAddress(devnet);
  const totalNodes = await chain.client.readContract({ ...chain.rewards, functionName: "totalNodes" });
  await faultRound(context, api, [
    {
      path: "/stake",
      message: errorSaying(/The staking backend could not be read: the open nodes cannot be listed/),
      whileDown: async (page) => {
        await expect(page.getByTestId("stat-registered-nodes")).toHaveText(totalNodes.toString());
        await expect(page.getByTestId("stat-active-nodes")).toHaveText("—");
      },
      recovered: (page) => expect(page.getByTestId("open-node-row").first()).toBeVisible({ timeout: 15_000 }),
    },
    {
      path: "/nodes",
      message: errorSaying(/The node list could not be loaded from the staking backend/),
      whileDown: (page) => expect(page.getByTestId("node-row")).toHaveCount(0),
      recovered: (page) => expect(page.getByTestId("node-row").first()).toBeVisible({ timeout: 15_000 }),
    },
    {
      path: "/nodes/1",
      message: errorSaying(/This node could not be loaded from the staking backend/),
      recovered: (page) => expect(page.getByTestId("node-deposit")).toBeVisible({ timeout: 15_000 }),
    },
    {
      path: `/stake/${contract}`,
      message: noticeSaying(/Staking backend unavailable: chain data only/),
      // the chain alone is enough to show the contract
      whileDown: (page) => expect(page.getByTestId("detail-staked")).toBeVisible(),
      recovered: (page) => expect(page.getByTestId("fault-notice")).toHaveCount(0, { timeout: 15_000 }),
    },
    {
      path: `/address/${staker.address}`,
      message: errorSaying(/The staking backend could not load these stakes/),
      recovered: (page) => expect(page.getByTestId("my-node-row").first()).toBeVisible({ timeout: 15_000 }),
    },
    {
      path: "/mystakes",
      before: (page) => injectWallet(staker, { page }).then(() => undefined),
      after: connect,
      message: errorSaying(/The staking backend could not load these stakes/),
      recovered: (page) => expect(page.getByTestId("my-node-row").first()).toBeVisible({ timeout: 15_000 }),
    },
  ]);
});

test("marketing pages do not notice either fault", async ({ page }) => {
  rpc.set("down");
  api.set("down");
  for (const path of ["/", "/token", "/staking"]) {
    const res = await page.goto(`${server.url}${path}`);
    expect(res?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByTestId("error-state")).toHaveCount(0);
  }
});

test("a slow RPC (3 s) shows placeholders where the figures will be, and the page does not move when they land", async ({ page, chain }) => {
  rpc.set({ delayMs: 3_000 });
  // a new block: the server's reads of the earlier one are no longer current, so this view waits on the slow RPC
  await chain.mine();
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.__shift += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  // the page streams: its heading and the placeholder arrive first, the figures when the chain answers
  await page.goto(`${server.url}/address/${staker.address}`, { waitUntil: "commit" });
  await expect(page.getByText("Loading stakes and rewards…")).toBeVisible();
  await expect(page.getByTestId("account-balance")).toBeVisible({ timeout: 20_000 });
  const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
  // "good" cumulative layout shift by Web Vitals' threshold
  expect(shift).toBeLessThan(0.1);
});
