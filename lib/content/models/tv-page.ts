import { link, list, object, seo, text } from "../fields";

/** content/pages/tv.yaml: the words around the videos on /tv (the videos are content/videos.yaml). */
export const TV_PAGE_FIELDS = {
  seo: seo(),
  eyebrow: text("Small line above the title", 30),
  title: text("Title", 60),
  lead: text("Lead", 280, { multiline: true }),
  channels: list("Channel links", link("Link", 60), { min: 0, max: 4, itemLabel: "label" }),
  listLabel: text("Name of the list of videos (screen readers)", 30),
  duration: object("Durations read aloud (screen readers)", {
    hour: text("One hour", 20, { tokens: { n: "1" } }),
    hours: text("Hours", 20, { tokens: { n: "the number" } }),
    minute: text("One minute", 20, { tokens: { n: "1" } }),
    minutes: text("Minutes", 20, { tokens: { n: "the number" } }),
    second: text("One second", 20, { tokens: { n: "1" } }),
    seconds: text("Seconds", 20, { tokens: { n: "the number" } }),
  }),
} as const;
