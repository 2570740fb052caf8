import { link, list, object, text } from "../fields";

/** content/pages/not-found.yaml: the page shown for an address that does not exist. */
export const NOT_FOUND_FIELDS = {
  seo: object("Search", { title: text("Page title (browser tab)", 60), description: text("Description", 160, { multiline: true }) }),
  eyebrow: text("Small line above the title", 20),
  title: text("Title", 90),
  lead: text("Lead", 200, { multiline: true }),
  suggestions: list("Suggested pages", link("Link"), { min: 1, max: 6, itemLabel: "label" }),
  home: link("Button back home"),
} as const;
