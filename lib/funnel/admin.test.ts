import { describe, expect, it, vi } from "vitest";
import { adminTokenSetting, tokenMatches } from "./admin-token";
import type { CountRow } from "./counts";
import { handleFunnelAdmin, type FunnelAdminDeps } from "./handle-admin";
import { RotatingRateLimiter } from "@/lib/http/rate-limit";
import type { FunnelStore } from "./store";

const TOKEN = "correct-horse-battery-staple-42";
const TODAY = new Date("2025-06-30T10:00:00Z");

function memoryStore(rows: CountRow[]): FunnelStore {
  return { description: "memory", increment: async () => undefined, countsSince: async (since) => rows.filter((r) => r.day >= since), incrementCspViolation: async () => undefined, cspViolationsSince: async () => [], close: async () => undefined };
}

function deps(env: Record<string, string | undefined> = { ADMIN_TOKEN: TOKEN }, attempts = 10): FunnelAdminDeps {
  const rows: CountRow[] = [
    { day: "2025-06-30", step: "landing", path: "/", cta: "", count: 10 },
    { day: "2025-06-30", step: "cta_click", path: "/", cta: "home-hero-stake", count: 4 },
    { day: "2025-06-30", step: "stake_page", path: "/stake", cta: "home-hero-stake", count: 3 },
  ];
  return { store: async () => memoryStore(rows), attempts: new RotatingRateLimiter({ perClient: attempts, total: 100, windowMs: 60_000 }), env, now: () => TODAY };
}

function post(body: string, headers: Record<string, string> = {}): Request {
  return new Request("http://127.0.0.1:3000/admin/funnel", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "sec-fetch-site": "same-origin", "x-session-peer-address": "192.0.2.9", ...headers },
    body,
  });
}

describe("the admin token", () => {
  it("turns the page on only when set; a token shorter than 16 characters is a configuration error", () => {
    expect(adminTokenSetting({})).toMatchObject({ enabled: false });
    expect(() => adminTokenSetting({ ADMIN_TOKEN: "x".repeat(15) })).toThrow("ADMIN_TOKEN must be at least 16 characters");
    expect(adminTokenSetting({ ADMIN_TOKEN: "x".repeat(16) })).toMatchObject({ enabled: true });
  });

  it("compares in constant time, whatever the lengths", () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    expect(tokenMatches(TOKEN.slice(0, -1), TOKEN)).toBe(false);
    expect(tokenMatches("", TOKEN)).toBe(false);
    expect(tokenMatches(TOKEN + "x".repeat(1000), TOKEN)).toBe(false);
  });
});

describe("/admin/funnel", () => {
  it("does not exist without ADMIN_TOKEN", async () => {
    expect((await handleFunnelAdmin(new Request("http://x/admin/funnel"), deps({}))).status).toBe(404);
    expect((await handleFunnelAdmin(post(`token=${TOKEN}`), deps({ ADMIN_TOKEN: "" }))).status).toBe(404);
  });

  it("GET shows a form that POSTs the token (no token in the URL), marked noindex and never cached", async () => {
    const res = await handleFunnelAdmin(new Request("http://x/admin/funnel"), deps());
    expect(res.status).toBe(200);
    expect(res.headers.get("x-robots-tag")).toBe("noindex, nofollow");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("set-cookie")).toBeNull();
    const html = await res.text();
    expect(html).toContain('<form method="post" action="/admin/funnel">');
    expect(html).toContain('type="password" name="token"');
    expect(html).toContain('<meta name="robots" content="noindex,nofollow">');
  });

  it("the right token shows the funnel chart and the per-CTA table; the token is never echoed", async () => {
    const res = await handleFunnelAdmin(post(`token=${TOKEN}&days=7`), deps());
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("<svg");
    expect(html).toContain('data-step="landing" data-count="10"');
    expect(html).toMatch(/data-testid="cta-row" data-name="home-hero-stake">.*?<td data-step="stake_page">3<small>75.0% of cta_click<\/small>/);
    expect(html).toContain("2025-06-24 to 2025-06-30");
    expect(html).not.toContain(TOKEN);
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("a wrong token gets the form again with a 401", async () => {
    const res = await handleFunnelAdmin(post("token=guess-guess-guess-guess"), deps());
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain("<svg");
  });

  it("a script may send the token in an Authorization header instead", async () => {
    const res = await handleFunnelAdmin(new Request("http://x/admin/funnel", { headers: { authorization: `Bearer ${TOKEN}` } }), deps());
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<svg");
  });

  it("refuses a form posted from another site", async () => {
    expect((await handleFunnelAdmin(post(`token=${TOKEN}`, { "sec-fetch-site": "cross-site" }), deps())).status).toBe(403);
  });

  it("a client that sent too many wrong tokens waits, even with the right one; the right token alone never runs out", async () => {
    const d = deps(undefined, 3);
    for (let i = 0; i < 20; i++) expect((await handleFunnelAdmin(post(`token=${TOKEN}`), d)).status).toBe(200);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await handleFunnelAdmin(post("token=guess-guess-guess-guess"), d)).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect((await handleFunnelAdmin(post(`token=${TOKEN}`), d)).status).toBe(429);
    expect((await handleFunnelAdmin(post(`token=${TOKEN}`, { "x-session-peer-address": "192.0.2.10" }), d)).status).toBe(200);
  });

  it("the database down: 503 with a sentence, not an error page", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const d = { ...deps(), store: async () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:5432")) };
    const res = await handleFunnelAdmin(post(`token=${TOKEN}`), d);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain("The counts cannot be read right now: the database does not answer.");
    quiet.mockRestore();
  });
});
