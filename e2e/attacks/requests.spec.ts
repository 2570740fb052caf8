/**
 * What a request may carry, against the server that stands behind a proxy (each test its own
 * client): oversized and wrong-type bodies, cross-site writes, garbage in route parameters and
 * queries, very long URLs and headers, forged Host headers. Always a status or a sentence, never a
 * 500 or a stack trace, and the server keeps serving.
 */
import { FUNNEL_CONTENT_TYPE } from "../../lib/funnel/event-body";
import { expect, expectStillServing, newClient, test } from "./fixtures";
import { raw } from "./raw-http";

const MiB = 1024 * 1024;
const STACK_TRACE = /at .+\(.+:\d+:\d+\)|node_modules|webpack-internal|\.next\/server/;

const beaconHeaders = (origin: string) => ({ ...newClient(), "content-type": FUNNEL_CONTENT_TYPE, "sec-fetch-site": "same-origin", origin });

test("funnel beacons with the wrong type, shape or size: 400 or 413 with a sentence, nothing counted", async ({ request, servers }) => {
  const { proxied } = servers;
  const post = (data: string, headers: Record<string, string> = {}) => request.post(`${proxied.url}/api/funnel`, { data, headers: { ...beaconHeaders(proxied.url), ...headers } });
  const cases: [string, Record<string, string>, number, RegExp][] = [
    ['{"step":"landing","path":"/"}', { "content-type": "application/json" }, 400, /text\/plain;charset=UTF-8/],
    ["[1,2]", {}, 400, /not a funnel event/],
    ["{not json", {}, 400, /not JSON/],
    ['{"step":"purchase","path":"/"}', {}, 400, /not a funnel event: step/],
    ['{"step":"landing","path":"/wp-admin"}', {}, 400, /is not a page of this site/],
    [JSON.stringify({ step: "landing", path: "/", pad: "x".repeat(600) }), {}, 413, /larger than 512 bytes/],
  ];
  for (const [body, headers, status, sentence] of cases) {
    const res = await post(body, headers);
    expect(res.status(), body.slice(0, 40)).toBe(status);
    expect(await res.text()).toMatch(sentence);
  }
  await expectStillServing(request, proxied);
});

test("cross-site writes to the funnel: refused 403, whatever the Origin or Sec-Fetch-Site says", async ({ request, servers }) => {
  const { proxied } = servers;
  const body = '{"step":"landing","path":"/"}';
  const attempts: Record<string, string>[] = [
    { "sec-fetch-site": "cross-site", origin: "https://evil.example" },
    { "sec-fetch-site": "same-site", origin: "https://sub.token.getsession.org" },
    { "sec-fetch-site": "none" },
    { origin: "https://evil.example" },
    { origin: "null" },
    {},
  ];
  for (const headers of attempts) {
    const res = await raw(proxied.url, "/api/funnel", { method: "POST", headers: { ...newClient(), "content-type": FUNNEL_CONTENT_TYPE, ...headers }, body });
    expect(res.status, JSON.stringify(headers)).toBe(403);
    expect(res.body).toBe("cross-site events are refused");
  }
  await expectStillServing(request, proxied);
});

test("twenty concurrent 11 MiB POSTs to the beacon and the staking backend are refused 413 at once, while pages keep answering", async ({ request, servers }) => {
  const { proxied } = servers;
  const big = Buffer.alloc(11 * MiB, 0x78);
  const started = Date.now();
  const posts = Array.from({ length: 20 }, (_, i) =>
    i % 2
      ? request.post(`${proxied.url}/api/funnel`, { data: big, headers: beaconHeaders(proxied.url) })
      : request.post(`${proxied.url}/api/backend/rewards/0x${"ab".repeat(20)}`, { data: big, headers: { ...newClient(), "sec-fetch-site": "same-origin" } }),
  );
  const page = await request.get(`${proxied.url}/token`);
  expect(page.status()).toBe(200);
  const statuses = (await Promise.all(posts)).map((r) => r.status());
  expect(statuses).toEqual(Array(20).fill(413));
  expect(Date.now() - started).toBeLessThan(15_000);
  await expectStillServing(request, proxied);
});

test("CSP reports: the wrong type 415, oversized 413, not a report 400, a report 204", async ({ request, servers }) => {
  const { proxied } = servers;
  const post = (data: string | Buffer, type: string) => request.post(`${proxied.url}/api/csp-report`, { data, headers: { ...newClient(), "content-type": type } });
  expect((await post('{"csp-report":{}}', "text/plain")).status()).toBe(415);
  expect((await post(Buffer.alloc(64 * 1024, 0x20), "application/csp-report")).status()).toBe(413);
  expect((await post('{"hello":"world"}', "application/csp-report")).status()).toBe(400);
  expect((await post('{"csp-report":{"effective-directive":"img-src","blocked-uri":"https://tracker.example/p.gif"}}', "application/csp-report")).status()).toBe(204);
  await expectStillServing(request, proxied);
});

test("a URL longer than the server reads is 431 (Node's limit), an 8 KB one is a 404 page; the server keeps serving", async ({ request, servers }) => {
  const { proxied } = servers;
  expect((await raw(proxied.url, `/nodes/${"9".repeat(20_000)}`)).status).toBe(431);
  const long = await raw(proxied.url, `/blog/${"a".repeat(8_000)}`);
  expect(long.status).toBe(404);
  expect(long.body).toContain("This page went off the network");
  expect(long.body).not.toMatch(STACK_TRACE);
  const query = await raw(proxied.url, `/api/backend/info?${"q=1&".repeat(1_500)}`, { headers: newClient() });
  expect(query.status).toBe(200);
  await expectStillServing(request, proxied);
});

test("very long headers (a 20 KB cookie, a 20 KB X-Forwarded-For) are refused 431 before any route runs", async ({ request, servers }) => {
  const { proxied } = servers;
  expect((await raw(proxied.url, "/stake", { headers: { cookie: `wagmi.store=${"x".repeat(20_000)}` } })).status).toBe(431);
  expect((await raw(proxied.url, "/api/backend/info", { headers: { "x-forwarded-for": Array.from({ length: 2_000 }, (_, i) => `10.0.${i >> 8}.${i & 255}`).join(", ") } })).status).toBe(431);
  await expectStillServing(request, proxied);
});

test("a forged Host or X-Forwarded-Host does not end up in the page: canonical links keep the site's own origin", async ({ request, servers }) => {
  const { proxied } = servers;
  const forged: Record<string, string>[] = [{ host: "evil.example" }, { "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" }];
  for (const headers of forged) {
    const res = await raw(proxied.url, "/", { headers });
    expect(res.status, JSON.stringify(headers)).toBe(200);
    expect(res.body).not.toContain("evil.example");
  }
  await expectStillServing(request, proxied);
});

test("garbage in marketing route parameters: a 404 page with its sentence, never a 500 or a stack trace", async ({ request, servers }) => {
  const { proxied } = servers;
  for (const path of ["/blog/..%2f..%2fetc%2fpasswd", "/blog/tags/%00", "/blog/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/blog/tags/%E2%80%AE%F0%9F%92%A5", "/tv/x/y/z", "/legal/%2e%2e%2f%2e%2e%2f", "/blog/feed.xml/../../.env"]) {
    const res = await raw(proxied.url, path);
    expect(res.status, path).toBe(404);
    expect(res.body, path).toContain("This page went off the network");
    expect(res.body, path).not.toMatch(STACK_TRACE);
    expect(res.body, path).not.toContain("<script>alert(1)");
  }
  await expectStillServing(request, proxied);
});

test("garbage in dApp queries: the page renders its own content, the query's text never becomes markup", async ({ request, servers }) => {
  const { proxied } = servers;
  const xss = encodeURIComponent('"><script>alert(1)</script>');
  for (const path of [`/nodes?page=-1&sort=${xss}&state=${xss}&q=${xss}`, `/stake?contract=${xss}`, `/register?mode=${xss}&contract=0xzz&rewards=${xss}`, `/mystakes?address=${xss}`]) {
    const res = await raw(proxied.url, path, { headers: newClient() });
    expect(res.status, path).toBe(200);
    expect(res.body, path).not.toContain("<script>alert(1)</script>");
    expect(res.body, path).not.toMatch(STACK_TRACE);
  }
  await expectStillServing(request, proxied);
});

test("every page names our own report endpoint: report-uri, report-to and Reporting-Endpoints; static pages refuse inline <style>", async ({ request, servers }) => {
  const { proxied } = servers;
  for (const path of ["/", "/stake"]) {
    const res = await request.get(`${proxied.url}${path}`);
    const csp = res.headers()["content-security-policy"] ?? "";
    expect(csp, path).toContain("report-uri /api/csp-report");
    expect(csp, path).toContain("report-to csp");
    expect(res.headers()["reporting-endpoints"], path).toBe('csp="/api/csp-report"');
  }
  const home = (await request.get(`${proxied.url}/`)).headers()["content-security-policy"] ?? "";
  expect(home).toMatch(/style-src 'self';/);
  expect(home).toContain("style-src-attr 'unsafe-inline'");
  // the admin page has a policy of its own, with no inline style but its own by hash
  const admin = (await request.get(`${proxied.url}/admin/funnel`)).headers()["content-security-policy"] ?? "";
  expect(admin).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*';/);
  await expectStillServing(request, proxied);
});
