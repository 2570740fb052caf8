/**
 * Faults, as a staker meets them: the chain's RPC or the network API stops answering. A server of
 * this spec's own reads the devnet through stand-ins the test takes down and brings back
 * (e2e/fixtures/service-proxy.ts). Each dApp page says what is wrong within 10 s (a fault never
 * looks like data: no 0 SESH, no made-up state), recovers once the service answers again, and the
 * marketing pages do not notice. A slow RPC shows placeholders without moving the page.
 */
import { expect, test, type Page } from "@playwright/test";
import { serviceNodeRewardsAbi } from "../../lib/contracts/abi/serviceNodeRewards";
import { formatSesh } from "../../lib/staking/amounts";
import { devnetActions } from "../fixtures/chain-actions";
import { connect } from "../fixtures/dapp";
import { devnetAccount, readDevnet } from "../fixtures/devnet";
import { startNextServer, type NextServer } from "../fixtures/next-server";
import { startServiceProxy, type ServiceProxy } from "../fixtures/service-proxy";
import { installTestWallet } from "../fixtures/test-wallet";

const devnet = readDevnet();
const chain = devnetActions(devnet);
const staker = devnetAccount(devnet, "staker");
const rewards = { address: devnet.contracts.rewards, abi: serviceNodeRewardsAbi } as const;

let rpc: ServiceProxy;
let api: ServiceProxy;
let server: NextServer;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  rpc = await startServiceProxy(devnet.rpcUrl);
  api = await startServiceProxy(devnet.networkApiUrl);
  // no registry reuse across requests: each page view asks the (stand-in) backend
  server = await startNextServer({ devnet: { ...devnet, rpcUrl: rpc.url, networkApiUrl: api.url }, env: { REGISTRY_CACHE_MS: "0" } });
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

async function openContractAddress(): Promise<string> {
  const list = JSON.parse(await (await fetch(`${devnet.networkApiUrl}/contract/contribution`)).text()) as { contracts: { address: string; status: number }[] };
  return list.contracts.find((c) => c.status === 1)!.address;
}

/** Opens `path` on this spec's server and waits for `what`; the wait counts from the navigation. */
async function expectWithin10s(page: Page, path: string, what: (page: Page) => ReturnType<Page["getByTestId"]>) {
  const started = Date.now();
  await page.goto(`${server.url}${path}`);
  await expect(what(page)).toBeVisible({ timeout: 10_000 });
  expect(Date.now() - started, `${path}: the message took too long`).toBeLessThan(10_000);
}

const errorSaying = (text: RegExp) => (page: Page) => page.getByTestId("error-state").filter({ hasText: text });
const noticeSaying = (text: RegExp) => (page: Page) => page.getByTestId("fault-notice").filter({ hasText: text });

/** Retry where the page offers it (else the page's own fault refresh, every 10 s, brings the data). */
async function retry(page: Page) {
  const button = page.getByTestId("error-retry").first();
  if (await button.isVisible()) await button.click();
}

test("with the chain's RPC unreachable every dApp page says so, shows no figure it cannot know, and recovers", async ({ page }) => {
  test.setTimeout(150_000);
  const contract = await openContractAddress();
  const [totalNodes, node1, balance] = await Promise.all([
    chain.client.readContract({ ...rewards, functionName: "totalNodes" }),
    chain.client.readContract({ ...rewards, functionName: "serviceNodes", args: [1n] }),
    chain.balance(staker.address),
  ]);

  rpc.set("down");
  await expectWithin10s(page, "/stake", errorSaying(/The chain could not be read/));
  // figures only the chain knows are unknown, never 0
  await expect(page.getByTestId("stat-registered-nodes")).toHaveText("—");
  await expect(page.getByTestId("stat-total-staked")).toHaveText("—");
  rpc.set("up");
  await retry(page);
  await expect(page.getByTestId("stat-registered-nodes")).toHaveText(totalNodes.toString());
  await expect(page.getByTestId("error-state")).toHaveCount(0);

  rpc.set("down");
  await expectWithin10s(page, "/nodes", noticeSaying(/The chain could not be read: stakes are as the network reports them/));
  await expect(page.getByTestId("node-row").first()).toBeVisible();
  rpc.set("up");
  await expect(page.getByTestId("fault-notice")).toHaveCount(0, { timeout: 15_000 });

  rpc.set("down");
  await expectWithin10s(page, "/nodes/1", noticeSaying(/The chain could not be read: state and stake are as the network reports them/));
  rpc.set("up");
  await expect(page.getByTestId("fault-notice")).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByTestId("node-deposit")).toHaveText(`${formatSesh(node1.deposit)} SESH`);

  rpc.set("down");
  await expectWithin10s(page, `/stake/${contract}`, errorSaying(/This contract could not be read from the chain/));
  await expect(page.getByTestId("detail-staked")).toHaveCount(0);
  rpc.set("up");
  await retry(page);
  await expect(page.getByTestId("detail-staked")).toBeVisible();

  rpc.set("down");
  await expectWithin10s(page, `/address/${staker.address}`, errorSaying(/The chain could not be read, so these stakes and rewards cannot be shown/));
  await expect(page.getByTestId("my-node-row")).toHaveCount(0);
  rpc.set("up");
  await retry(page);
  await expect(page.getByTestId("account-balance")).toHaveText(`${formatSesh(balance)} SESH`);
});

test("with the network API unreachable every dApp page says so and recovers; the chain's figures still show", async ({ page }) => {
  test.setTimeout(150_000);
  const contract = await openContractAddress();
  const totalNodes = await chain.client.readContract({ ...rewards, functionName: "totalNodes" });

  api.set("down");
  await expectWithin10s(page, "/stake", errorSaying(/The network API could not be read: the open nodes cannot be listed/));
  await expect(page.getByTestId("stat-registered-nodes")).toHaveText(totalNodes.toString());
  await expect(page.getByTestId("stat-active-nodes")).toHaveText("—");
  api.set("up");
  await retry(page);
  await expect(page.getByTestId("open-node-row").first()).toBeVisible();

  api.set("down");
  await expectWithin10s(page, "/nodes", errorSaying(/The node list could not be loaded from the network API/));
  await expect(page.getByTestId("node-row")).toHaveCount(0);
  api.set("up");
  await retry(page);
  await expect(page.getByTestId("node-row").first()).toBeVisible();

  api.set("down");
  await expectWithin10s(page, "/nodes/1", errorSaying(/This node could not be loaded from the network API/));
  api.set("up");
  await retry(page);
  await expect(page.getByTestId("node-deposit")).toBeVisible();

  api.set("down");
  await expectWithin10s(page, `/stake/${contract}`, noticeSaying(/Network API unavailable: chain data only/));
  // the chain alone is enough to show the contract
  await expect(page.getByTestId("detail-staked")).toBeVisible();

  await installTestWallet(page, { privateKey: staker.privateKey, rpcUrl: devnet.rpcUrl, chainId: devnet.chainId });
  await page.goto(`${server.url}/mystakes`);
  await connect(page);
  await expect(errorSaying(/The network API could not load these stakes/)(page)).toBeVisible({ timeout: 10_000 });
  api.set("up");
  await retry(page);
  await expect(page.getByTestId("my-node-row").first()).toBeVisible();
  await expect(page.getByTestId("error-state")).toHaveCount(0);
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

test("a slow RPC (3 s) shows placeholders where the figures will be, and the page does not move when they land", async ({ page }) => {
  rpc.set({ delayMs: 3_000 });
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.__shift += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(`${server.url}/address/${staker.address}`);
  await expect(page.getByText("Loading stakes and rewards…")).toBeVisible();
  await expect(page.getByTestId("account-balance")).toBeVisible({ timeout: 20_000 });
  const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
  // "good" cumulative layout shift by Web Vitals' threshold
  expect(shift).toBeLessThan(0.1);
});
