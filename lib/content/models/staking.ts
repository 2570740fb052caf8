import { card, list, object, paragraph, seo, text } from "../fields";
import { PAGE_CLOSING, PAGE_HERO, SECTION_HEADING as heading } from "./page-parts";

/** content/pages/staking.yaml: every word of "/staking". */
export const STAKING_FIELDS = {
  seo: seo(),
  hero: PAGE_HERO,
  how: object("How staking works", { ...heading, steps: list("Steps", card("Step"), { length: 3, itemLabel: "title" }) }),
  nodeTypes: object("Solo or shared", { ...heading, lead: paragraph("Lead", 280), cards: list("Kinds of node", card("Kind", 400), { min: 1, max: 4, itemLabel: "title" }) }),
  operators: object("Operator fee and minimum contributions", { ...heading, paragraphs: list("Paragraphs", paragraph("Paragraph", 700), { min: 1, max: 6 }) }),
  rewards: object("Rewards", { ...heading, paragraphs: list("Paragraphs", paragraph("Paragraph", 700), { min: 1, max: 6 }) }),
  exits: object("Exits", {
    ...heading,
    lead: paragraph("Lead", 280),
    table: object("Table", {
      caption: text("Caption (screen readers)", 60),
      when: text("First column heading", 30),
      wait: text("Second column heading", 30),
      then: text("Third column heading", 30),
      rows: list("Rows", object("Row", { when: text("When", 120), wait: text("Wait", 30), then: paragraph("What happens", 280) }), { min: 1, max: 10, itemLabel: "when" }),
    }),
  }),
  risks: object("Risks", { ...heading, items: list("Risks", paragraph("Risk", 280), { min: 1, max: 10 }) }),
  closing: PAGE_CLOSING,
} as const;
