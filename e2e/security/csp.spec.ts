/**
 * The Content-Security-Policy as a browser enforces it: every route and the wallet connect flow run
 * without a single `securitypolicyviolation`, every document carries the security headers, script-src
 * has no 'unsafe-inline' or 'unsafe-eval', pages rendered per request get a fresh nonce, static pages
 * their hashes, and connect-src names exactly this target's RPC.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { devnetAccount, openContractAddress } from "../fixtures/devnet";

import { everyPage } from "./pages";

/** Records CSP violations from the very start of every document (before any page script). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`));
  });
  const consoleRefusals: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|connect|frame|apply)/i.test(m.text())) consoleRefusals.push(m.text());
  });
  // what was seen since the last call: the console's reports, and the current document's events
  return async () => {
    const inPage = (await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp?.splice(0) ?? []).catch(() => [])) as string[];
    return [...consoleRefusals.splice(0), ...inPage];
  };
}

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

function expectSecurityHeaders(path: string, headers: Record<string, string>, rpcOrigin: string) {
  expect(headers["strict-transport-security"], path).toMatch(/^max-age=\d{8,}; includeSubDomains/);
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], path).toContain("camera=()");
  const csp = headers["content-security-policy"];
  expect(csp, `${path} has a CSP`).toBeTruthy();
  const d = directives(csp!);
  expect(d.get("frame-ancestors"), path).toEqual(["'none'"]);
  expect(d.get("object-src"), path).toEqual(["'none'"]);
  const script = d.get("script-src") ?? [];
  expect(script, path).not.toContain("'unsafe-inline'");
  expect(script, path).not.toContain("'unsafe-eval'");
  // connect-src: our origin and this devnet's RPC, nothing else (the staking backend goes through /api/backend)
  expect(d.get("connect-src"), path).toEqual(["'self'", rpcOrigin]);
  return script;
}

test("every route runs under the CSP without a violation, with the security headers on every document", async ({ page, devnet }) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ colorScheme: "light" });
  const violations = await watchViolations(page);
  const problems: string[] = [];
  for (const { path, kind } of await everyPage(devnet)) {
    const res = await page.goto(path, { waitUntil: "networkidle" });
    expect(res, path).not.toBeNull();
    expect(res!.status(), path).toBe(kind === "404" ? 404 : 200);
    const script = expectSecurityHeaders(path, await res!.allHeaders(), new URL(devnet.rpcUrl).origin);
    const nonces = script.filter((s) => s.startsWith("'nonce-"));
    const hashes = script.filter((s) => s.startsWith("'sha256-"));
    if (kind === "static") {
      expect(nonces, `${path} is static: hashes, no nonce`).toEqual([]);
      expect(hashes.length, path).toBeGreaterThan(2);
    } else {
      // rendered per request (the 404 of an unknown path is the static one: its hashes are in the policy too)
      expect(nonces, `${path}: one nonce`).toHaveLength(1);
      const html = await res!.text();
      if (kind === "dapp") expect(html.includes(`nonce="${nonces[0]!.slice(7, -1)}"`), `${path}: Next put the nonce on its scripts`).toBe(true);
    }
    // the inline scripts ran: the theme script switched to the emulated light scheme, and Next hydrated
    await expect(page.locator("html"), path).toHaveAttribute("data-theme", "light");
    expect(await page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown[] }).__next_f)), path).toBe(true);
    for (const v of await violations()) problems.push(`${path}: ${v}`);
  }
  expect(problems).toEqual([]);
});

test("the wallet connect flow and a stake form run without a violation", async ({ page, devnet, openConnected }) => {
  const violations = await watchViolations(page);
  const contributor = devnetAccount(devnet, "contributor");
  await openConnected(contributor, `/stake/${await openContractAddress(devnet)}`, { viaDialog: true });
  await expect(page.getByTestId("contribute-form")).toBeVisible();
  await page.getByRole("navigation", { name: "Staking" }).getByRole("link", { name: "My stakes" }).click();
  await expect(page).toHaveURL(/\/mystakes/);
  await page.waitForLoadState("networkidle");
  expect(await violations()).toEqual([]);
});

test("the policy really blocks: an injected inline script does not run and is reported", async ({ page }) => {
  const violations = await watchViolations(page);
  for (const path of ["/", "/stake"]) {
    await page.goto(path, { waitUntil: "networkidle" });
    const ran = await page.evaluate(async () => {
      // an inline script runs (or is refused) inside appendChild; the refusal is reported by an event
      const reported = new Promise((r) => document.addEventListener("securitypolicyviolation", r, { once: true }));
      const s = document.createElement("script");
      s.textContent = "window.__injected = true;";
      document.body.appendChild(s);
      // (bounded: a policy that let it run reports nothing, and the assertions below say so)
      await Promise.race([reported, new Promise((r) => setTimeout(r, 5_000))]);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran, path).toBe(false);
    expect((await violations()).some((v) => v.includes("script-src")), path).toBe(true);
  }
});

test("a page rendered per request gets a fresh nonce each time", async ({ request }) => {
  const nonceOf = async () => /'nonce-([^']+)'/.exec((await request.get("/nodes")).headers()["content-security-policy"] ?? "")?.[1];
  const [a, b] = [await nonceOf(), await nonceOf()];
  expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(b).not.toBe(a);
});

test("JSON routes load nothing and may not be framed", async ({ request }) => {
  const res = await request.get("/api/backend/info");
  expect(res.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
});
