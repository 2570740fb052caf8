import { date, object, text } from "../fields";

/** The front matter of content/pages/legal/*.mdx (terms, privacy); the text under it is MDX. */
export const LEGAL_FIELDS = {
  title: text("Title", 100),
  description: text("Description (search results)", 160, { multiline: true }),
  updated: date("Last updated", { optional: true }),
  eyebrow: text("Small line above the title", 30),
  updatedLabel: text("Words before the date", 30),
  ogImage: object("Social card image", { eyebrow: text("Small line above the title", 40), title: text("Title on the image", 90), alt: text("Description of the image", 120) }),
} as const;
