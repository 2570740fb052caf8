import { card, list, object, paragraph, seo } from "../fields";
import { PAGE_CLOSING, PAGE_HERO, SECTION_HEADING as heading } from "./page-parts";

/** content/pages/network.yaml: every word of "/network". */
export const NETWORK_FIELDS = {
  seo: seo(),
  hero: PAGE_HERO,
  layers: object("How it fits together", { ...heading, cards: list("Parts", card("Part", 400), { min: 1, max: 6, itemLabel: "title" }) }),
  accountability: object("Why stake at all", { ...heading, lead: paragraph("Lead", 400), items: list("Points", card("Point"), { min: 1, max: 6, itemLabel: "title" }) }),
  chains: object("Two chains, two jobs", { ...heading, paragraphs: list("Paragraphs", paragraph("Paragraph", 700), { min: 1, max: 6 }) }),
  closing: PAGE_CLOSING,
} as const;
