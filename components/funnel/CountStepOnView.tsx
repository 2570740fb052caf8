"use client";

import { useEffect } from "react";
import { trackFunnelStep } from "@/lib/funnel/beacon";
import type { FunnelStep } from "@/lib/funnel/steps";

/** Counts one funnel step when the page that renders it is shown (client navigations included). */
export function CountStepOnView({ step }: { step: FunnelStep }) {
  useEffect(() => {
    trackFunnelStep(step);
  }, [step]);
  return null;
}
