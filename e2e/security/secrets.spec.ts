/**
 * The devnet state file holds every test account's private key; none may reach a browser. Every
 * staking page is loaded (with a client-side navigation between them, so RSC payloads flow too) and
 * every response the browser gets, HTML, RSC payloads, scripts, JSON, is scanned for each key,
 * with and without 0x, in any case. The modules that read the file are server-only
 * (scripts/architecture/server-only.test.ts); this checks the outcome.
 */
import { expect, test } from "../fixtures/test";
import { devnetAccount } from "../fixtures/devnet";
import { stakingPages } from "./pages";

type Key = { name: string; hex: string };

function leaks(keys: Key[], body: string): string[] {
  const text = body.toLowerCase();
  return keys.filter((k) => text.includes(k.hex)).map((k) => k.name);
}

test("no devnet private key in any HTML, RSC payload, script or JSON the staking pages load", async ({ page, request, devnet }) => {
  test.setTimeout(120_000);
  const keys: Key[] = devnet.accounts.map((a) => ({ name: a.name, hex: a.privateKey.slice(2).toLowerCase() }));
  expect(keys.length).toBeGreaterThan(3);
  const scanned = new Map<string, string>(); // url -> resource type
  const found: string[] = [];
  let whaleSeen = false;
  const whale = devnetAccount(devnet, "whale").address.slice(2).toLowerCase();
  page.on("response", async (res) => {
    const type = res.request().resourceType();
    if (!["document", "script", "fetch", "xhr"].includes(type)) return;
    const body = await res.text().catch(() => "");
    scanned.set(res.url(), type);
    if (body.toLowerCase().includes(whale)) whaleSeen = true;
    for (const name of leaks(keys, body)) found.push(`${type} ${res.url()} holds the key of ${name}`);
  });
  const paths = await stakingPages(devnet);
  for (const path of paths) {
    await page.goto(path, { waitUntil: "networkidle" });
    // RSC payloads of the same route, as a client-side navigation fetches them
    const rsc = await request.get(path, { headers: { RSC: "1" } });
    expect(rsc.headers()["content-type"], path).toContain("text/x-component");
    for (const name of leaks(keys, await rsc.text())) found.push(`RSC payload of ${path} holds the key of ${name}`);
  }
  // and a real client-side navigation between staking pages
  await page.goto("/stake", { waitUntil: "networkidle" });
  await page.getByRole("navigation", { name: "Staking" }).getByRole("link", { name: "All nodes" }).click();
  await expect(page).toHaveURL(/\/nodes$/);
  await page.waitForLoadState("networkidle");

  expect(found).toEqual([]);
  // the scan saw what it should: documents, scripts and fetches, and the whale's address on its page
  const types = new Set(scanned.values());
  for (const t of ["document", "script", "fetch"]) expect(types.has(t), `scanned a ${t}`).toBe(true);
  expect([...scanned.values()].filter((t) => t === "script").length).toBeGreaterThan(5);
  expect(whaleSeen).toBe(true);
});
