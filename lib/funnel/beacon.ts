/**
 * The browser half of the funnel: one function that sends one step, and nothing else. No React, no
 * dependencies (it ships on marketing pages, under 1 kB gzip). It sends nothing at all when the
 * visitor has Do Not Track or Global Privacy Control on.
 *
 * The event is a JSON string sent with navigator.sendBeacon, so the browser posts it as
 * `text/plain;charset=UTF-8` (a string body's type in every browser; CORS-safelisted, so no
 * preflight) and delivers it even when the page is being left. app/api/funnel accepts that type only.
 */
import type { FunnelStep } from "./steps";

export const FUNNEL_ENDPOINT = "/api/funnel";

/**
 * The last call to action clicked in this tab (sessionStorage: gone when the tab closes, never a
 * cookie). Later steps carry it, so the report can say which CTA led to /stake. It holds a content
 * id that every visitor who clicked that button shares, nothing about the visitor.
 */
const LAST_CTA_KEY = "funnel-cta";

export type FunnelStepOptions = {
  /** The CTA's content id; by default a step carries the last CTA clicked in this tab. */
  cta?: string;
  /** The page; by default the current one. */
  path?: string;
};

/** Do Not Track or Global Privacy Control: the visitor said no, so the funnel sends nothing. */
export function visitorRefusesTracking(): boolean {
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  return nav.doNotTrack === "1" || nav.globalPrivacyControl === true;
}

/**
 * The page path with anything that could point at a person replaced: addresses, keys and numbers
 * become [id] (/address/0xAbC… -> /address/[id]), so no wallet address ever leaves the browser.
 */
export function funnelPath(pathname: string): string {
  const path = pathname
    .split("/")
    .map((segment) => (/^(0x[0-9a-f]+|[0-9a-f]{16,}|\d+)$/i.test(segment) ? "[id]" : segment))
    .join("/")
    .replace(/\/+$/, "");
  return path || "/";
}

function lastCta(): string | undefined {
  try {
    return sessionStorage.getItem(LAST_CTA_KEY) ?? undefined;
  } catch {
    return undefined; // storage blocked: the step is counted without a CTA
  }
}

function rememberCta(id: string): void {
  try {
    sessionStorage.setItem(LAST_CTA_KEY, id);
  } catch {
    // storage blocked: later steps are counted without a CTA
  }
}

/** Counts one funnel step; returns whether the browser queued the event. */
export function trackFunnelStep(step: FunnelStep, options: FunnelStepOptions = {}): boolean {
  if (typeof navigator === "undefined" || typeof navigator.sendBeacon !== "function" || visitorRefusesTracking()) return false;
  const cta = options.cta ?? (step === "cta_click" ? undefined : lastCta());
  if (step === "cta_click" && cta) rememberCta(cta);
  const event = { step, path: funnelPath(options.path ?? location.pathname), ...(cta ? { cta } : {}) };
  try {
    return navigator.sendBeacon(FUNNEL_ENDPOINT, JSON.stringify(event));
  } catch {
    return false; // a beacon the browser refuses (quota) is a lost count, never a broken page
  }
}
