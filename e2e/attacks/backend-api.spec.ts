/**
 * /api/backend from the outside: what may pass to the staking backend (allow-listed paths only,
 * whatever the encoding), what a request may carry, and the work one client can make the server do
 * (shared answers, a cap on calls in flight, calls aborted when the client leaves, the backend's
 * redirects and oversized answers refused). Each test then checks the server still serves.
 */
import { getAddress } from "viem";
import { devnetAccount } from "../fixtures/devnet";
import { expect, expectStillServing, newClient, randomAddress, test } from "./fixtures";
import { raw } from "./raw-http";

const json = (body: string) => JSON.parse(body) as { error?: string; network?: { nettype: string } };

test("path traversal through the proxy never leaves the allow-list: 404 JSON, the backend is not asked", async ({ request, servers, devnet }) => {
  const WHALE = devnetAccount(devnet, "whale").address;
  const { proxied, backend } = servers;
  const before = backend.count("/nodes");
  for (const path of ["/api/backend/..%2f..%2fetc%2fpasswd", "/api/backend/..%5c..%5cadmin", "/api/backend/%252e%252e/nodes", `/api/backend/stakes/${WHALE}/../../nodes`]) {
    const res = await raw(proxied.url, path, { headers: newClient() });
    expect(res.status, path).toBe(404);
    expect(json(res.body), path).toEqual({ error: "Unknown staking backend path." });
  }
  expect(backend.count("/nodes")).toBe(before);
  await expectStillServing(request, proxied);
});

test("dot segments are resolved by the server before routing: the page they lead to keeps its CSP, the backend sees nothing", async ({ request, servers }) => {
  const { proxied, backend } = servers;
  const before = backend.count("/info");
  const res = await raw(proxied.url, "/api/backend/%2e%2e/%2e%2e/stake", { headers: newClient() });
  expect(res.status).toBe(200);
  expect(String(res.headers["content-security-policy"])).toMatch(/script-src 'self' 'nonce-/);
  expect(backend.count("/info")).toBe(before);
  await expectStillServing(request, proxied);
});

test("an encoded slash reaches the same allow-listed endpoint or none: stakes%2F<address> is /stakes/<address>, contract%2Fabis is 404", async ({ request, servers, devnet }) => {
  const WHALE = devnetAccount(devnet, "whale").address;
  const { proxied } = servers;
  const plain = await raw(proxied.url, `/api/backend/stakes/${WHALE}`, { headers: newClient() });
  const encoded = await raw(proxied.url, `/api/backend/stakes%2F${WHALE}`, { headers: newClient() });
  expect(plain.status).toBe(200);
  expect(encoded.status).toBe(200);
  expect(json(encoded.body)).toHaveProperty("stakes");
  expect((await raw(proxied.url, "/api/backend/contract%2Fabis", { headers: newClient() })).status).toBe(404);
  await expectStillServing(request, proxied);
});

test("a query, fragment, NUL or parameter smuggled into the path: 404", async ({ request, servers, devnet }) => {
  const WHALE = devnetAccount(devnet, "whale").address;
  const { proxied } = servers;
  for (const path of ["/api/backend/info%3Fx=1", "/api/backend/info%00", "/api/backend/info;x=1", `/api/backend/stakes/${WHALE}%23x`, "/api/backend/INFO", "/api/backend/info%20"]) {
    expect((await raw(proxied.url, path, { headers: newClient() })).status, path).toBe(404);
  }
  await expectStillServing(request, proxied);
});

test("endpoints the browser has no business with (the whole node list, the ABIs) and malformed keys and addresses: 404", async ({ request, servers, devnet }) => {
  const WHALE = devnetAccount(devnet, "whale").address;
  const { proxied, backend } = servers;
  const before = backend.count("/nodes") + backend.count("/contract/abis");
  const paths = ["nodes", "contract/abis", `nodes/${WHALE}`, "stakes/0x12", `stakes/${WHALE}00`, `stakes/0x${"g".repeat(40)}`, `exit/${"ab".repeat(31)}f`, `exit/${"zz".repeat(32)}`, "registrations/<script>"];
  for (const p of paths) {
    const res = await request.get(`${proxied.url}/api/backend/${p}`, { headers: newClient() });
    expect(res.status(), p).toBe(404);
    expect(res.headers()["content-type"], p).toMatch(/^application\/json/);
  }
  expect(backend.count("/nodes") + backend.count("/contract/abis")).toBe(before);
  await expectStillServing(request, proxied);
});

test("a mixed-case (wrongly checksummed) address is one address: the same answer as its EIP-55 form, asked of the backend in that form", async ({ request, servers, devnet }) => {
  const WHALE = devnetAccount(devnet, "whale").address;
  const { proxied, backend } = servers;
  const mixed = WHALE.slice(0, 2) + [...WHALE.slice(2)].map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join("");
  expect(mixed).not.toBe(getAddress(WHALE));
  const a = await request.get(`${proxied.url}/api/backend/stakes/${mixed}`, { headers: newClient() });
  const b = await request.get(`${proxied.url}/api/backend/stakes/${getAddress(WHALE)}`, { headers: newClient() });
  expect(a.status()).toBe(200);
  expect(((await a.json()) as { stakes: unknown[] }).stakes).toEqual(((await b.json()) as { stakes: unknown[] }).stakes);
  expect(backend.count(`/stakes/${mixed}`)).toBe(0);
  await expectStillServing(request, proxied);
});

test("other methods: 405 with Allow, always JSON", async ({ request, servers }) => {
  const { proxied } = servers;
  for (const method of ["PUT", "DELETE", "PATCH"]) {
    const res = await request.fetch(`${proxied.url}/api/backend/info`, { method, headers: newClient() });
    expect(res.status(), method).toBe(405);
    expect(res.headers().allow).toBe("GET, POST");
    expect(await res.json()).toEqual({ error: "The staking backend answers GET, and POST for a claim signature." });
  }
  await expectStillServing(request, proxied);
});

test("a body where none is taken: 413 from its declared length, the backend not asked", async ({ request, servers, devnet }) => {
  const WHALE = devnetAccount(devnet, "whale").address;
  const { proxied, backend } = servers;
  const before = backend.count(`/rewards/${WHALE}`);
  const res = await request.post(`${proxied.url}/api/backend/rewards/${WHALE}`, { headers: { ...newClient(), "sec-fetch-site": "same-origin", "content-type": "application/json" }, data: "x".repeat(4096) });
  expect(res.status()).toBe(413);
  expect(await res.json()).toEqual({ error: "The staking backend takes no request body." });
  expect(backend.count(`/rewards/${WHALE}`)).toBe(before);
  await expectStillServing(request, proxied);
});

test("cross-site writes: a claim-signature POST from another site, or with no origin at all, is refused 403", async ({ request, servers, devnet }) => {
  const WHALE = devnetAccount(devnet, "whale").address;
  const { proxied, backend } = servers;
  const path = `/api/backend/rewards/${WHALE}`;
  const attempts: Record<string, string>[] = [{ "sec-fetch-site": "cross-site", origin: "https://evil.example" }, { "sec-fetch-site": "same-site" }, { origin: "https://evil.example" }, {}];
  for (const headers of attempts) {
    const res = await raw(proxied.url, path, { method: "POST", headers: { ...newClient(), ...headers } });
    expect(res.status, JSON.stringify(headers)).toBe(403);
    expect(json(res.body)).toEqual({ error: "Cross-site requests to the staking backend are refused." });
  }
  expect(backend.count(`/rewards/${WHALE}`)).toBe(0);
  await expectStillServing(request, proxied);
});

test("claim signatures are limited per address: the 6th in 10 minutes is 429, even from other clients", async ({ request, servers, devnet }) => {
  const { proxied } = servers;
  const address = devnetAccount(devnet, "contributor").address;
  const statuses = [];
  for (let i = 0; i < 6; i++) {
    const res = await request.post(`${proxied.url}/api/backend/rewards/${address}`, { headers: { ...newClient(), "sec-fetch-site": "same-origin" } });
    statuses.push(res.status());
  }
  expect(statuses.slice(0, 5).every((s) => s !== 429)).toBe(true);
  expect(statuses[5]).toBe(429);
  await expectStillServing(request, proxied);
});

test("a burst of the same read makes one backend call, shared by all, and the answer is reused for seconds", async ({ request, servers }) => {
  const { proxied, backend } = servers;
  const address = randomAddress();
  const path = `/rewards/${address}`;
  const release = backend.hold(path);
  const burst = Array.from({ length: 30 }, () => request.get(`${proxied.url}/api/backend${path}`, { headers: newClient() }));
  await expect.poll(() => backend.count(path)).toBe(1);
  release();
  const answers = await Promise.all(burst);
  expect(answers.map((a) => a.status())).toEqual(Array(30).fill(200));
  const bodies = new Set(await Promise.all(answers.map((a) => a.text())));
  expect(bodies.size).toBe(1);
  expect((await request.get(`${proxied.url}/api/backend${path}`, { headers: newClient() })).status()).toBe(200);
  expect(backend.count(path)).toBe(1);
  await expectStillServing(request, proxied);
});

test("beyond 32 backend calls in flight, 503 with Retry-After at once; the 32 complete when the backend answers", async ({ request, servers }) => {
  const { proxied, backend } = servers;
  const paths = Array.from({ length: 40 }, () => `/stakes/${randomAddress()}`);
  const releases = paths.map((p) => backend.hold(p));
  const started = Date.now();
  const pending = paths.map((p) => request.get(`${proxied.url}/api/backend${p}`, { headers: newClient() }));
  await expect.poll(() => paths.filter((p) => backend.count(p) > 0).length).toBe(32);
  // the rest were refused without waiting for the backend
  const refused: number[] = [];
  releases.forEach((r) => r());
  const answers = await Promise.all(pending);
  for (const a of answers) if (a.status() === 503) refused.push(Number(a.headers()["retry-after"]));
  expect(answers.filter((a) => a.status() === 200)).toHaveLength(32);
  expect(refused).toHaveLength(8);
  expect(refused.every((s) => s >= 1)).toBe(true);
  expect(Date.now() - started).toBeLessThan(20_000);
  await expectStillServing(request, proxied);
});

test("a read whose client went away is aborted at the backend", async ({ request, servers }) => {
  const { proxied, backend } = servers;
  const path = `/daily-rewards/${randomAddress()}`;
  const release = backend.hold(path);
  const client = new AbortController();
  const asked = fetch(`${proxied.url}/api/backend${path}`, { headers: newClient(), signal: client.signal }).catch(() => "aborted");
  await expect.poll(() => backend.count(path)).toBe(1);
  client.abort();
  expect(await asked).toBe("aborted");
  await expect.poll(() => backend.aborted()).toContain(path);
  release();
  await expectStillServing(request, proxied);
});

test("the backend may not redirect the server elsewhere, nor send an endless answer: 502 with a sentence", async ({ request, servers }) => {
  const { proxied, backend } = servers;
  const redirected = `/stakes/${randomAddress()}`;
  backend.redirect(redirected);
  const r = await request.get(`${proxied.url}/api/backend${redirected}`, { headers: newClient() });
  expect(r.status()).toBe(502);
  expect(await r.json()).toEqual({ error: "The staking backend answered with a redirect, which is not followed." });
  const huge = `/stakes/${randomAddress()}`;
  backend.oversize(huge, 9 * 1024 * 1024);
  const h = await request.get(`${proxied.url}/api/backend${huge}`, { headers: newClient() });
  expect(h.status()).toBe(502);
  expect(await h.json()).toEqual({ error: "The staking backend sent an answer larger than 8 MiB." });
  await expectStillServing(request, proxied);
});
