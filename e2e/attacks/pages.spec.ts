/**
 * Garbage in the dApp's route parameters: node ids and keys, addresses malformed, mixed case, or of
 * a contract on another chain. A 404 sentence or the page's own sentence, never a 500 or a stack
 * trace; then the server still serves. The dApp streams its pages, so a not-found sentence arrives
 * in the streamed payload with a 200 status: request-level checks read it there, and a browser is
 * used only where the sentence comes from the page's own reads. (The lead adds the contract-address
 * cases of issue #19 §1 here: contribution contracts not created by the factory.)
 */
import { getAddress } from "viem";
import type { Page } from "@playwright/test";
import { ARBITRUM_ONE } from "../../lib/deployments";
import { devnetAccount } from "../fixtures/devnet";
import { expect, expectStillServing, newClient, test } from "./fixtures";
import { raw } from "./raw-http";

const NOT_FOUND = "This page went off the network";
const STACK_TRACE = /at .+\(.+:\d+:\d+\)|node_modules|webpack-internal|\.next\/server/;

/** Opens `path` on the proxied server as a client of its own, in the browser. */
async function open(page: Page, base: string, path: string): Promise<void> {
  await page.setExtraHTTPHeaders(newClient());
  const res = await page.goto(`${base}${path}`);
  expect(res?.status() ?? 0, path).toBeLessThan(500);
}

async function expectNotFound(base: string, path: string): Promise<void> {
  const res = await raw(base, path, { headers: newClient() });
  expect([200, 404], path).toContain(res.status);
  expect(res.body, path).toContain(NOT_FOUND);
  expect(res.body, path).not.toMatch(STACK_TRACE);
}

test("node ids that are not ids, and a node key where an id goes: the not-found sentence", async ({ request, servers }) => {
  const { proxied } = servers;
  for (const id of ["garbage", "0", "-1", "1e99", "99999999999999999999", "ab".repeat(32), "%00", "1%2F..%2F2", "%F0%9F%92%A5"]) await expectNotFound(proxied.url, `/nodes/${id}`);
  await expectStillServing(request, proxied);
});

test("malformed addresses on the address and contract pages: the not-found sentence", async ({ request, servers }) => {
  const { proxied } = servers;
  for (const a of ["0xnotanaddress", `0x${"a".repeat(41)}`, `0x${"g".repeat(40)}`, "9965507D1a55bcC2695C58ba16FB37d819B0A4dc", "%3Cscript%3E", "0x"]) {
    await expectNotFound(proxied.url, `/address/${a}`);
    await expectNotFound(proxied.url, `/stake/${a}`);
  }
  await expectStillServing(request, proxied);
});

test("malformed node keys in the registration URL: the not-found sentence", async ({ request, servers }) => {
  const { proxied } = servers;
  for (const key of ["ab".repeat(31) + "a", "zz".repeat(32), "ab".repeat(33), "0x" + "ab".repeat(32), "%00"]) await expectNotFound(proxied.url, `/register/${key}`);
  await expectStillServing(request, proxied);
});

test("a node id the registry does not have: the page says so", async ({ page, request, servers }) => {
  const { proxied } = servers;
  await open(page, proxied.url, "/nodes/99999999");
  await expect(page.getByRole("main")).toContainText("Node #99999999 is not in the registry.It may have exited, or the id is wrong.", { timeout: 20_000 });
  await expectStillServing(request, proxied);
});

test("a wrongly checksummed mixed-case address is read as its EIP-55 form; an upper-case node key in lower case", async ({ page, request, servers, devnet }) => {
  const { proxied } = servers;
  const whale = devnetAccount(devnet, "whale").address;
  const mixed = whale.slice(0, 2) + [...whale.slice(2)].map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join("");
  expect(mixed).not.toBe(getAddress(whale));
  await open(page, proxied.url, `/address/${mixed}`);
  await expect(page.getByRole("main")).toContainText(getAddress(whale));
  await open(page, proxied.url, `/register/${"AB".repeat(32)}`);
  await expect(page.getByRole("main")).toContainText("ab".repeat(32));
  await expectStillServing(request, proxied);
});

test("a contribution-contract page for a contract of another chain: the factory never created it, so a warning and no form", async ({ page, request, servers }) => {
  const { proxied } = servers;
  // Arbitrum One's rewards contract: a real contract address, of another chain (nothing at it on the devnet)
  await open(page, proxied.url, `/stake/${ARBITRUM_ONE.rewards.toLowerCase()}`);
  await expect(page.getByTestId("contract-not-from-factory")).toContainText("This contract was not created by Session's staking factory. Sending funds to it may lose them", { timeout: 20_000 });
  await expect(page.getByRole("button", { name: /stake|approve/i })).toHaveCount(0);
  await expectStillServing(request, proxied);
});

test("script in a dApp page's query never runs", async ({ page, request, servers }) => {
  const { proxied } = servers;
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const xss = encodeURIComponent(`"><img src=x onerror=alert(1)><script>alert(2)</script>`);
  for (const path of [`/nodes?q=${xss}&state=${xss}&page=${xss}`, `/register?mode=multi&contract=${xss}&rewards=${xss}`]) {
    await open(page, proxied.url, path);
    await expect(page.getByRole("main")).toBeVisible();
  }
  expect(dialogs).toEqual([]);
  await expectStillServing(request, proxied);
});
