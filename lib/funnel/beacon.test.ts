import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FUNNEL_ENDPOINT, funnelPath, trackFunnelStep } from "./beacon";

/** A browser as far as the beacon can see it: navigator, location and sessionStorage. */
function fakeBrowser({ doNotTrack = null as string | null, globalPrivacyControl = undefined as boolean | undefined, pathname = "/" } = {}) {
  const sent: { url: string; body: unknown }[] = [];
  const storage = new Map<string, string>();
  vi.stubGlobal("navigator", {
    doNotTrack,
    globalPrivacyControl,
    sendBeacon: (url: string, body: string) => {
      sent.push({ url, body: JSON.parse(body) });
      return true;
    },
  });
  vi.stubGlobal("location", { pathname });
  vi.stubGlobal("sessionStorage", { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => storage.set(k, v) });
  return { sent, storage, goTo: (p: string) => vi.stubGlobal("location", { pathname: p }) };
}

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => vi.unstubAllGlobals());

describe("funnelPath", () => {
  it.each([
    ["/", "/"],
    ["/staking/", "/staking"],
    ["/address/0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "/address/[id]"],
    ["/stake/0xabc123", "/stake/[id]"],
    ["/nodes/42", "/nodes/[id]"],
    ["/nodes/1f0b8a8b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f", "/nodes/[id]"],
    ["/blog/sesh-on-arbitrum-workchain-for-governance", "/blog/sesh-on-arbitrum-workchain-for-governance"],
  ])("%s -> %s", (input, expected) => {
    expect(funnelPath(input)).toBe(expected);
  });
});

describe("trackFunnelStep", () => {
  it("sends the step and the page path with sendBeacon to the same-origin endpoint, as a string (text/plain)", () => {
    const browser = fakeBrowser({ pathname: "/" });
    expect(trackFunnelStep("landing")).toBe(true);
    expect(browser.sent).toEqual([{ url: FUNNEL_ENDPOINT, body: { step: "landing", path: "/" } }]);
  });

  it("a CTA click is remembered in this tab, and the steps after it carry the CTA's id", () => {
    const browser = fakeBrowser({ pathname: "/" });
    trackFunnelStep("cta_click", { cta: "home-hero-how-staking-works" });
    browser.goTo("/staking");
    trackFunnelStep("explainer");
    browser.goTo("/address/0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    trackFunnelStep("wallet_connected");
    expect(browser.sent.map((s) => s.body)).toEqual([
      { step: "cta_click", path: "/", cta: "home-hero-how-staking-works" },
      { step: "explainer", path: "/staking", cta: "home-hero-how-staking-works" },
      { step: "wallet_connected", path: "/address/[id]", cta: "home-hero-how-staking-works" },
    ]);
  });

  it.each([
    ["Do Not Track", { doNotTrack: "1" }],
    ["Global Privacy Control", { globalPrivacyControl: true }],
  ])("sends and remembers nothing with %s on", (_name, settings) => {
    const browser = fakeBrowser(settings);
    expect(trackFunnelStep("cta_click", { cta: "home-hero-stake" })).toBe(false);
    expect(trackFunnelStep("landing")).toBe(false);
    expect(browser.sent).toEqual([]);
    expect(browser.storage.size).toBe(0);
  });

  it("does nothing where there is no browser (server rendering)", () => {
    expect(trackFunnelStep("landing")).toBe(false);
  });
});
