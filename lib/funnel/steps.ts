/**
 * The funnel's vocabulary shared by the browser and the server. No imports: the beacon that
 * marketing pages ship reads this file, so it must stay a handful of constants.
 */

/** Every step the funnel counts, in funnel order (cta_click last: it happens on many pages). */
export const FUNNEL_STEPS = [
  "landing",
  "explainer",
  "stake_page",
  "wallet_connected",
  "stake_submitted",
  "stake_confirmed",
  "claim_confirmed",
  "register_confirmed",
  "cta_click",
] as const;

export type FunnelStep = (typeof FUNNEL_STEPS)[number];

/** Steps that mean "this page was viewed", with the one page each is counted on. */
export const PAGE_VIEW_STEPS = { landing: "/", explainer: "/staking", stake_page: "/stake" } as const satisfies Partial<Record<FunnelStep, string>>;

/** The attribute marketing links carry with their content id (components/ui/Button's `cta`). */
export const CTA_ATTRIBUTE = "data-cta";
