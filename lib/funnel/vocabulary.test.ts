import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkAllContent } from "@/lib/content/check";
import { MARKETING_ROUTES } from "@/lib/site";
import { loadContentVocabulary } from "./content-vocabulary";
import { funnelEventSchema } from "./event-schema";
import { DAPP_PATHS } from "./vocabulary";

const REPO = path.resolve(import.meta.dirname, "../..");

/** Every page route under a folder, as the beacon reports it: /stake/[address] -> /stake/[id]. */
function pageRoutes(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...pageRoutes(full, `${prefix}/${/^\[.+\]$/.test(name) ? "[id]" : name}`));
    else if (name === "page.tsx") out.push(prefix || "/");
  }
  return out;
}

describe("the funnel's vocabulary", () => {
  it("knows every dApp route (add a new app/(dapp) page to DAPP_PATHS in lib/funnel/vocabulary.ts)", () => {
    expect([...DAPP_PATHS].sort()).toEqual(pageRoutes(path.join(REPO, "app", "(dapp)")).sort());
  });

  it("accepts the shipped content's CTA ids and pages, nothing else", async () => {
    const vocabulary = await loadContentVocabulary();
    expect([...vocabulary.ctaIds].sort()).toEqual(checkAllContent().ctas.map((c) => c.id).sort());
    expect(vocabulary.ctaIds.has("home-hero-stake")).toBe(true);
    for (const route of MARKETING_ROUTES) expect(vocabulary.paths.has(route), route).toBe(true);
    expect(vocabulary.paths.has("/blog/sesh-on-arbitrum-workchain-for-governance")).toBe(true);
    expect(vocabulary.paths.has("/blog/tags/staking")).toBe(true);
    expect(vocabulary.paths.has("/blog/staking-portal-preview"), "a draft post is no page of the live site").toBe(false);
    const schema = funnelEventSchema(vocabulary);
    expect(schema.safeParse({ step: "cta_click", path: "/", cta: "home-hero-stake" }).success).toBe(true);
    expect(schema.safeParse({ step: "wallet_connected", path: "/address/[id]" }).success).toBe(true);
    expect(schema.safeParse({ step: "wallet_connected", path: "/address/0x70997970C51812dc3A010C7d01b50e0d17dc79C8" }).success).toBe(false);
  });
});
