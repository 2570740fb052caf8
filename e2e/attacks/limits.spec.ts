/**
 * Floods, and forged forwarding headers against them. `direct` is exposed as without a proxy
 * (TRUSTED_PROXY_HOPS=0): the client is the socket's address, so a client that writes any
 * X-Forwarded-For (or our own peer-address header) is still one client. `proxied` trusts one proxy:
 * the address it appended is the client.
 */
import { FUNNEL_CONTENT_TYPE } from "../../lib/funnel/event-body";
import { parseAdminReport } from "../fixtures/funnel-server";
import { ATTACK_ADMIN_TOKEN, expect, expectStillServing, newClient, test } from "./fixtures";

test("a direct client that varies X-Forwarded-For (and forges the peer-address header) stays in one bucket: its 40 a minute, then 429", async ({ request, servers }) => {
  const { direct } = servers;
  const statuses: number[] = [];
  for (let i = 0; i < 45; i++) {
    const forged = { "x-forwarded-for": `203.0.113.${i % 250}, 198.51.100.${i % 250}`, "x-session-peer-address": `192.0.2.${i % 250}`, "x-real-ip": `192.0.2.${i % 250}` };
    statuses.push((await request.get(`${direct.url}/api/backend/info`, { headers: forged })).status());
  }
  expect(statuses.slice(0, 40)).toEqual(Array(40).fill(200));
  expect(statuses.slice(40)).toEqual(Array(5).fill(429));
  await expectStillServing(request, direct, { api: false });
});

test("behind the trusted proxy, the client is the address the proxy appended: one client's flood does not stop another", async ({ request, servers }) => {
  const { proxied } = servers;
  const flooder = newClient();
  const statuses = await Promise.all(Array.from({ length: 45 }, () => request.get(`${proxied.url}/api/backend/info`, { headers: flooder }).then((r) => r.status())));
  expect(statuses.filter((s) => s === 200)).toHaveLength(40);
  expect(statuses.filter((s) => s === 429)).toHaveLength(5);
  // the same client hidden behind a forged first entry is still that client
  expect((await request.get(`${proxied.url}/api/backend/info`, { headers: { "x-forwarded-for": `1.2.3.4, ${flooder["x-forwarded-for"]}` } })).status()).toBe(429);
  await expectStillServing(request, proxied);
});

test("a flood of 120 beacons from one client: exactly 100 counted (its FUNNEL_RATE_LIMIT), 20 refused 429 with Retry-After, and the report says 100", async ({ request, servers }) => {
  const { direct } = servers;
  const body = JSON.stringify({ step: "explainer", path: "/staking" });
  const answers = await Promise.all(
    Array.from({ length: 120 }, (_, i) =>
      request.post(`${direct.url}/api/funnel`, { data: body, headers: { "content-type": FUNNEL_CONTENT_TYPE, "sec-fetch-site": "same-origin", "x-forwarded-for": `203.0.113.${i % 250}` } }),
    ),
  );
  const statuses = answers.map((a) => a.status());
  expect(statuses.filter((s) => s === 204)).toHaveLength(100);
  expect(statuses.filter((s) => s === 429)).toHaveLength(20);
  expect(Number(answers.find((a) => a.status() === 429)!.headers()["retry-after"])).toBeGreaterThan(0);
  const report = await request.get(`${direct.url}/admin/funnel`, { headers: { authorization: `Bearer ${ATTACK_ADMIN_TOKEN}` } });
  expect(report.status()).toBe(200);
  expect(parseAdminReport(await report.text()).overall.explainer).toBe(100);
  await expectStillServing(request, direct, { api: false });
});

test("a flood of CSP reports from one client: 30 counted per 5 minutes, the rest 429", async ({ request, servers }) => {
  const { direct } = servers;
  const report = JSON.stringify({ "csp-report": { "effective-directive": "img-src", "blocked-uri": "https://flood.example/x.gif" } });
  const statuses = await Promise.all(Array.from({ length: 40 }, () => request.post(`${direct.url}/api/csp-report`, { data: report, headers: { "content-type": "application/csp-report" } }).then((r) => r.status())));
  expect(statuses.filter((s) => s === 204)).toHaveLength(30);
  expect(statuses.filter((s) => s === 429)).toHaveLength(10);
  const html = await (await request.get(`${direct.url}/admin/funnel`, { headers: { authorization: `Bearer ${ATTACK_ADMIN_TOKEN}` } })).text();
  expect(html).toContain('data-blocked="https://flood.example"><th scope="row">img-src</th><td>https://flood.example</td><td>30</td>');
  await expectStillServing(request, direct, { api: false });
});

test("with the database down, a beacon is answered 503 with Retry-After at once, and pages do not notice", async ({ request, servers }) => {
  const { broken } = servers;
  const body = JSON.stringify({ step: "landing", path: "/" });
  const beacon = async () => {
    const started = Date.now();
    const res = await request.post(`${broken.url}/api/funnel`, { data: body, headers: { "content-type": FUNNEL_CONTENT_TYPE, "sec-fetch-site": "same-origin" } });
    expect(res.status()).toBe(503);
    expect(Number(res.headers()["retry-after"])).toBeGreaterThan(0);
    return Date.now() - started;
  };
  // the first one also loads the route and the content's vocabulary; it finds the connection refused
  expect(await beacon()).toBeLessThan(10_000);
  for (let i = 0; i < 10; i++) {
    // the others do not even try the database while its backoff holds
    expect(await beacon()).toBeLessThan(1_000);
    expect((await request.get(`${broken.url}/token`)).status()).toBe(200);
  }
  // (counting resuming when the database returns is lib/funnel/postgres-store.test.ts's, on a real PostgreSQL stopped mid-run)
});
