import { card, list, object, paragraph, seo, text } from "../fields";
import { PAGE_CLOSING, PAGE_HERO, SECTION_HEADING as heading } from "./page-parts";

const contract = (label: string) => text(label, 40);

/**
 * content/pages/token.yaml: every word of "/token". The addresses, chain ids and network names are
 * data (lib/deployments.ts, checked against the spec), placed by the page.
 */
export const TOKEN_FIELDS = {
  seo: seo(),
  hero: PAGE_HERO,
  facts: object("At a glance", { ...heading, items: list("Facts", object("Fact", { label: text("Label", 40), value: text("Value", 24), note: text("Note", 120, { optional: true }) }), { min: 2, max: 6, itemLabel: "label" }) }),
  where: object("Where things happen", { ...heading, lead: paragraph("Lead", 280), cards: list("Cards", card("Card"), { min: 1, max: 4, itemLabel: "title" }) }),
  contracts: object("Contract addresses", {
    ...heading,
    lead: paragraph("Lead", 400),
    chainId: text("Chain badge", 30, { tokens: { chainId: "the network's chain id" } }),
    mainnetNote: text("Note under Arbitrum One", 160),
    testnetNote: text("Note under Arbitrum Sepolia", 160),
    names: object("Contract names", { token: contract("Token"), rewards: contract("Staking and rewards"), pool: contract("Reward pool"), factory: contract("Multi-contributor factory") }),
    explorer: text("Block explorer name", 30),
    explorerLink: text("Explorer link (screen readers)", 80, { tokens: { contract: "the contract's name", explorer: "the explorer's name" } }),
    copy: object("Copy button", {
      label: text("Name (screen readers)", 60, { tokens: { contract: "the contract's name" } }),
      idle: text("Text", 20),
      done: text("After copying", 20),
      failed: text("When copying fails", 30),
    }),
  }),
  closing: PAGE_CLOSING,
} as const;
