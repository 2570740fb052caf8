import { date, object, text } from "../fields";

/** The front matter of content/faq.mdx; each `## Question?` under it is an entry (lib/content/faq.ts). */
export const FAQ_FIELDS = {
  title: text("Title", 100),
  seoTitle: text("Page title (browser tab, search result)", 70),
  description: text("Description (under the title, search results)", 160, { multiline: true }),
  updated: date("Last updated", { optional: true }),
  eyebrow: text("Small line above the title", 30),
  questionsLabel: text("Name of the list of questions (screen readers)", 30),
  ogImage: object("Social card image", { eyebrow: text("Small line above the title", 40), title: text("Title on the image", 90), alt: text("Description of the image", 120) }),
} as const;
