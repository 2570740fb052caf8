"use client";

import { useEffect } from "react";
import { trackFunnelStep } from "@/lib/funnel/beacon";
import { CTA_ATTRIBUTE, PAGE_VIEW_STEPS } from "@/lib/funnel/steps";

/**
 * Marketing links are plain <a>, so every page view is a fresh document and a fresh module: this
 * flag only stops `next dev`'s StrictMode (which runs effects twice) from counting a view twice.
 */
let viewCounted = false;

function ctaIdOf(target: EventTarget | null): string | null {
  return target instanceof Element ? (target.closest(`a[${CTA_ATTRIBUTE}]`)?.getAttribute(CTA_ATTRIBUTE) ?? null) : null;
}

/**
 * The marketing pages' funnel, mounted once by app/(site)/layout.tsx. It renders nothing: it counts
 * the page view of / (landing) and /staking (explainer), and every click on a call to action, found
 * by the data-cta attribute its content id gave it. The CTAs stay plain links that work without
 * JavaScript; without it (or with DNT or GPC on) nothing is counted.
 */
export function FunnelBeacon() {
  useEffect(() => {
    const path = location.pathname;
    if (!viewCounted && path === PAGE_VIEW_STEPS.landing) trackFunnelStep("landing");
    else if (!viewCounted && path === PAGE_VIEW_STEPS.explainer) trackFunnelStep("explainer");
    viewCounted = true;
    const onClick = (e: MouseEvent) => {
      // the middle button opens the link in a new tab: still a click on the CTA
      if (e.type === "auxclick" && e.button !== 1) return;
      const cta = ctaIdOf(e.target);
      if (cta) trackFunnelStep("cta_click", { cta });
    };
    document.addEventListener("click", onClick, { capture: true });
    document.addEventListener("auxclick", onClick, { capture: true });
    return () => {
      document.removeEventListener("click", onClick, { capture: true });
      document.removeEventListener("auxclick", onClick, { capture: true });
    };
  }, []);
  return null;
}
