/**
 * /admin/funnel without, and with wrong, credentials: the sign-in form and fixed sentences, never
 * the report; a token is never taken from a URL; ten wrong tokens and the client waits; only the
 * right token shows the counts (CSP reports included). Each test is its own client.
 */
import { ATTACK_ADMIN_TOKEN, expect, expectStillServing, newClient, test } from "./fixtures";

const form = (token: string, days = "30") => new URLSearchParams({ token, days }).toString();

test("without credentials: the sign-in form, noindex and never cached, and no count in it", async ({ request, servers }) => {
  const { proxied } = servers;
  const res = await request.get(`${proxied.url}/admin/funnel`, { headers: newClient() });
  expect(res.status()).toBe(200);
  expect(res.headers()["x-robots-tag"]).toBe("noindex, nofollow");
  expect(res.headers()["cache-control"]).toBe("no-store");
  const html = await res.text();
  expect(html).toContain("Enter the admin token to see them.");
  expect(html).not.toContain("CTA clicks in all");
  await expectStillServing(request, proxied);
});

test("a wrong token, by header or by form: 401 'That token is not right.'; a token in the query string is ignored", async ({ request, servers }) => {
  const { proxied } = servers;
  const client = newClient();
  const bearer = await request.get(`${proxied.url}/admin/funnel`, { headers: { ...client, authorization: "Bearer not-the-token-at-all" } });
  expect(bearer.status()).toBe(401);
  expect(await bearer.text()).toContain("That token is not right.");
  const posted = await request.post(`${proxied.url}/admin/funnel`, { headers: { ...client, "sec-fetch-site": "same-origin", "content-type": "application/x-www-form-urlencoded" }, data: form(`${ATTACK_ADMIN_TOKEN}x`) });
  expect(posted.status()).toBe(401);
  expect(await posted.text()).toContain("That token is not right.");
  const inUrl = await request.get(`${proxied.url}/admin/funnel?token=${ATTACK_ADMIN_TOKEN}`, { headers: newClient() });
  expect(inUrl.status()).toBe(200);
  expect(await inUrl.text()).not.toContain("CTA clicks in all");
  await expectStillServing(request, proxied);
});

test("the form posted from another site, or as JSON, or oversized: refused with a sentence", async ({ request, servers }) => {
  const { proxied } = servers;
  const post = (headers: Record<string, string>, data: string) => request.post(`${proxied.url}/admin/funnel`, { headers: { ...newClient(), ...headers }, data });
  const cross = await post({ "sec-fetch-site": "cross-site", origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" }, form(ATTACK_ADMIN_TOKEN));
  expect(cross.status()).toBe(403);
  expect(await cross.text()).toContain("The form must be sent from this site.");
  const asJson = await post({ "sec-fetch-site": "same-origin", "content-type": "application/json" }, JSON.stringify({ token: ATTACK_ADMIN_TOKEN }));
  expect(asJson.status()).toBe(400);
  expect(await asJson.text()).toContain("Send the token with the form.");
  const huge = await post({ "sec-fetch-site": "same-origin", "content-type": "application/x-www-form-urlencoded" }, form("x".repeat(1024 * 1024)));
  expect(huge.status()).toBe(400);
  await expectStillServing(request, proxied);
});

test("ten wrong tokens, then the client waits (429), even with the right one; another client is not locked out", async ({ request, servers }) => {
  const { proxied } = servers;
  const client = newClient();
  const tryToken = (token: string, who = client) => request.get(`${proxied.url}/admin/funnel`, { headers: { ...who, authorization: `Bearer ${token}` } });
  const statuses = [];
  for (let i = 0; i < 10; i++) statuses.push((await tryToken(`wrong-${i}-${"x".repeat(16)}`)).status());
  expect(statuses).toEqual(Array(10).fill(401));
  const locked = await tryToken(ATTACK_ADMIN_TOKEN);
  expect(locked.status()).toBe(429);
  expect(await locked.text()).toContain("Too many wrong tokens. Wait a few minutes.");
  expect((await tryToken(ATTACK_ADMIN_TOKEN, newClient())).status()).toBe(200);
  await expectStillServing(request, proxied);
});

test("the right token shows the report, CSP violations reported by browsers included, by directive and origin only", async ({ request, servers }) => {
  const { proxied } = servers;
  const origin = `https://probe-${Date.now()}.example`;
  const report = { "csp-report": { "effective-directive": "script-src-elem", "blocked-uri": `${origin}/path/steal.js?secret=1`, "document-uri": `${proxied.url}/stake` } };
  for (let i = 0; i < 2; i++) expect((await request.post(`${proxied.url}/api/csp-report`, { headers: { ...newClient(), "content-type": "application/csp-report" }, data: JSON.stringify(report) })).status()).toBe(204);
  const batch = [{ type: "csp-violation", body: { effectiveDirective: "connect-src", blockedURL: `${origin.replace("https", "wss")}/socket` } }];
  expect((await request.post(`${proxied.url}/api/csp-report`, { headers: { ...newClient(), "content-type": "application/reports+json" }, data: JSON.stringify(batch) })).status()).toBe(204);
  const res = await request.post(`${proxied.url}/admin/funnel`, { headers: { ...newClient(), "sec-fetch-site": "same-origin", "content-type": "application/x-www-form-urlencoded" }, data: form(ATTACK_ADMIN_TOKEN, "7") });
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(html).toContain(`<tr data-testid="csp-row" data-directive="script-src-elem" data-blocked="${origin}"><th scope="row">script-src-elem</th><td>${origin}</td><td>2</td></tr>`);
  expect(html).toContain(`data-directive="connect-src" data-blocked="${origin.replace("https", "wss")}"`);
  expect(html).not.toContain("steal.js");
  expect(html).not.toContain("secret=1");
  await expectStillServing(request, proxied);
});

test("with ADMIN_TOKEN unset the admin page does not exist: 404", async ({ request, servers }) => {
  const { broken } = servers;
  const attempts: Record<string, string>[] = [{}, { authorization: "Bearer anything-at-all-here" }];
  for (const headers of attempts) expect((await request.get(`${broken.url}/admin/funnel`, { headers })).status()).toBe(404);
  expect((await request.get(`${broken.url}/token`)).status()).toBe(200);
});
