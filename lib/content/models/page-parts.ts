import { button, object, paragraph, text } from "../fields";

/**
 * The top block of the explainer pages (staking, token, network): one h1, a lead, two buttons. Their
 * buttons are counted by the funnel only when given an id: the funnel's walk (home CTA -> /staking ->
 * /stake) credits the visit to /stake to the home page's button, not to the explainer's link.
 */
export const PAGE_HERO = object("Top of the page", {
  eyebrow: text("Small line above the title", 60),
  title: text("Title", 90),
  lead: paragraph("Lead", 320),
  primaryCta: button("Main button"),
  secondaryCta: button("Second button"),
});

/** The closing call to action of the explainer pages. */
export const PAGE_CLOSING = object("Closing call to action", {
  title: text("Title", 80),
  body: paragraph("Text", 240),
  primaryCta: button("Main button"),
  secondaryCta: button("Second button"),
});

/** A section's small line above its heading, and the heading. */
export const SECTION_HEADING = { eyebrow: text("Small line above the title", 60), title: text("Title", 90) } as const;
