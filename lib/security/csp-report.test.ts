import { describe, expect, it } from "vitest";
import { RotatingRateLimiter } from "@/lib/http/rate-limit";
import type { FunnelStore } from "@/lib/funnel/store";
import type { CspViolationKey } from "@/lib/funnel/csp-counts";
import { isCspReportContentType, parseCspReport } from "./csp-report";
import { handleCspReport } from "./handle-csp-report";

const legacy = (r: Record<string, unknown>) => JSON.stringify({ "csp-report": r });

describe("reading CSP violation reports", () => {
  it("report-uri's format: the effective directive and the blocked origin, nothing else", () => {
    expect(parseCspReport(legacy({ "effective-directive": "script-src-elem", "blocked-uri": "https://evil.example:8443/a/b.js?token=1#x" }))).toEqual([{ directive: "script-src-elem", blocked: "https://evil.example:8443" }]);
    expect(parseCspReport(legacy({ "violated-directive": "style-src-elem 'self'", "blocked-uri": "inline" }))).toEqual([{ directive: "style-src-elem", blocked: "inline" }]);
    expect(parseCspReport(legacy({ "effective-directive": "img-src", "blocked-uri": "data:image/png;base64,AAAA" }))).toEqual([{ directive: "img-src", blocked: "data" }]);
    expect(parseCspReport(legacy({ "effective-directive": "script-src", "blocked-uri": "chrome-extension://abcdef/inject.js" }))).toEqual([{ directive: "script-src", blocked: "chrome-extension" }]);
  });

  it("the Reporting API's format: csp-violation reports of a batch, other types skipped", () => {
    const batch = [
      { type: "csp-violation", age: 3, url: "https://token.getsession.org/stake", body: { effectiveDirective: "connect-src", blockedURL: "wss://relay.example/x" } },
      { type: "deprecation", body: { id: "x" } },
      { type: "csp-violation", body: { effectiveDirective: "script-src-elem", blockedURL: "eval" } },
    ];
    expect(parseCspReport(JSON.stringify(batch))).toEqual([
      { directive: "connect-src", blocked: "wss://relay.example" },
      { directive: "script-src-elem", blocked: "eval" },
    ]);
  });

  it("what a forger writes is reduced to the vocabulary: unknown directives and values become 'other'", () => {
    expect(parseCspReport(legacy({ "effective-directive": "<script>alert(1)</script>", "blocked-uri": "javascript:alert(1)" }))).toEqual([{ directive: "other", blocked: "javascript" }]);
    expect(parseCspReport(legacy({ "effective-directive": 42, "blocked-uri": "not a url at all" }))).toEqual([{ directive: "other", blocked: "other" }]);
    expect(parseCspReport(legacy({ "effective-directive": "img-src", "blocked-uri": `https://${"a".repeat(200)}.example/` }))).toEqual([{ directive: "img-src", blocked: "other" }]);
  });

  it("anything else is not a report", () => {
    for (const text of ["{", "[]x", '{"step":"landing"}', "42", JSON.stringify(Array(101).fill({ type: "csp-violation", body: {} }))]) expect(parseCspReport(text), text).toBeNull();
    expect(isCspReportContentType("application/csp-report")).toBe(true);
    expect(isCspReportContentType("application/reports+json; charset=utf-8")).toBe(true);
    expect(isCspReportContentType("text/plain")).toBe(false);
  });
});

describe("the CSP report endpoint", () => {
  function deps(perClient = 10) {
    const counted: CspViolationKey[] = [];
    const store = { incrementCspViolation: async (k: CspViolationKey) => void counted.push(k) } as unknown as FunnelStore;
    return { counted, deps: { store: async () => store, limiter: new RotatingRateLimiter({ perClient, total: 1_000, windowMs: 60_000 }), now: () => new Date("2026-01-02T03:04:05Z") } };
  }
  const post = (body: string, type = "application/csp-report", headers: Record<string, string> = {}) =>
    new Request("http://x/api/csp-report", { method: "POST", headers: { "content-type": type, "x-session-peer-address": "192.0.2.1", ...headers }, body });

  it("counts each violation of a report; 415, 413, 400 for what is not one; 429 past the client's share", async () => {
    const { counted, deps: d } = deps(4);
    expect((await handleCspReport(post(legacy({ "effective-directive": "script-src-elem", "blocked-uri": "https://evil.example/x.js" })), d)).status).toBe(204);
    expect(counted).toEqual([{ day: "2026-01-02", directive: "script-src-elem", blocked: "https://evil.example" }]);
    expect((await handleCspReport(post("{}", "text/plain"), d)).status).toBe(415);
    expect((await handleCspReport(post("x".repeat(17 * 1024)), d)).status).toBe(413);
    expect((await handleCspReport(post('{"hello":1}'), d)).status).toBe(400);
    const limited = await handleCspReport(post(legacy({})), d);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(counted).toHaveLength(1);
  });
});
