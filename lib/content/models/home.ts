import { card, cta, list, object, seo, text } from "../fields";

/** content/home.yaml: every word and figure of "/". */
export const HOME_FIELDS = {
  seo: seo(90),
  hero: object("Top of the page", {
    eyebrow: text("Small line above the title", 60, { optional: true }),
    title: text("Title", 90),
    lead: text("Lead", 280, { multiline: true }),
    primaryCta: cta("Main button"),
    secondaryCta: cta("Second button"),
  }),
  value: object("Why it matters", {
    title: text("Title", 80),
    lead: text("Lead", 280, { multiline: true }),
    points: list("Points", card("Point"), { min: 2, max: 6, itemLabel: "title" }),
  }),
  steps: object("Staking in three steps", {
    title: text("Title", 80),
    items: list("Steps", card("Step"), { length: 3, itemLabel: "title" }),
    cta: cta("Link under the steps"),
  }),
  figures: object("Key figures", {
    title: text("Title", 80),
    items: list(
      "Figures",
      object("Figure", {
        label: text("Label", 40),
        // the figures that will be read from the chain: until then each shows the text after "|"
        value: text("Value", 40, {
          pendingTokens: {
            totalSupply: "SESH in existence",
            stakingRequirement: "SESH a full node needs",
            maxContributors: "contributors one node can have",
            operatorMinimum: "share of the stake the operator puts up",
          },
        }),
        note: text("Note", 120, { optional: true, pendingTokens: { maxContributors: "contributors one node can have" } }),
      }),
      { min: 2, max: 6, itemLabel: "label" },
    ),
  }),
  operator: object("For node operators", {
    title: text("Title", 80),
    body: text("Text", 320, { multiline: true }),
    cta: cta("Button"),
  }),
  closing: object("Closing call to action", {
    title: text("Title", 80),
    body: text("Text", 240, { multiline: true }),
    primaryCta: cta("Main button"),
    secondaryCta: cta("Second button"),
  }),
} as const;
