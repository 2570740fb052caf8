import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "./jsonld";
import { DEFAULT_OG_IMAGE, pageMetadata } from "./metadata";
import { SITE_URL, absoluteUrl } from "@/lib/site";

describe("pageMetadata", () => {
  it("sets the canonical URL, OpenGraph and Twitter card from one input", () => {
    const m = pageMetadata({ title: "How staking works", description: "Stake SESH.", path: "/staking" });
    expect(m.alternates?.canonical).toBe(`${SITE_URL}/staking`);
    expect(m.openGraph).toMatchObject({ title: "How staking works", description: "Stake SESH.", url: `${SITE_URL}/staking`, type: "website" });
    expect(m.twitter).toMatchObject({ card: "summary_large_image", title: "How staking works" });
    // a default card, because a page's openGraph replaces the root opengraph-image file
    expect(JSON.stringify(m.openGraph)).toContain(absoluteUrl(DEFAULT_OG_IMAGE));
  });

  it("marks articles with their publication date and uses their own image", () => {
    const m = pageMetadata({ title: "Post", description: "d", path: "/blog/post", type: "article", publishedTime: "2026-02-03", image: "/images/blog/x.svg" });
    expect(m.openGraph).toMatchObject({ type: "article", publishedTime: "2026-02-03" });
    expect(JSON.stringify(m.openGraph)).toContain(`${SITE_URL}/images/blog/x.svg`);
    expect(m.twitter).toMatchObject({ images: [`${SITE_URL}/images/blog/x.svg`] });
  });

  it("the home page's canonical is the bare origin", () => {
    expect(pageMetadata({ title: "t", description: "d", path: "/" }).alternates?.canonical).toBe(SITE_URL);
  });
});

describe("JSON-LD", () => {
  it("cannot close its script element early", () => {
    const out = serializeJsonLd({ name: "</script><script>alert(1)</script>" });
    expect(out).not.toContain("</script>");
    expect(JSON.parse(out)).toEqual({ name: "</script><script>alert(1)</script>" });
  });
});
