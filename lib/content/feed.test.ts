import { afterEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/(site)/blog/feed.xml/route";
import { child, childrenNamed, parseXml } from "@/test/support/parse-xml";
import type { PostMeta } from "./blog";
import { getAllPosts } from "./blog";
import { buildRssFeed, rfc822 } from "./feed";
import { SITE_URL } from "@/lib/site";

const post = (over: Partial<PostMeta>): PostMeta => ({
  slug: "a-post",
  title: "A post",
  description: "About things.",
  date: "2025-03-01",
  tags: ["network"],
  author: "Someone",
  draft: false,
  readingMinutes: 1,
  ...over,
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("buildRssFeed", () => {
  it("escapes text so the XML stays well-formed, and parses back to the original strings", () => {
    const nasty = `Fees & "rewards" <under> 5% — it's ]]> done\u0001`;
    const xml = buildRssFeed({ siteUrl: "https://example.org/", title: "T & T", description: "D <d>", posts: [post({ title: nasty, description: nasty, author: "O'Brien & co" })] });
    const rss = parseXml(xml);
    expect(rss.name).toBe("rss");
    expect(rss.attrs.version).toBe("2.0");
    const channel = child(rss, "channel")!;
    expect(child(channel, "title")?.text).toBe("T & T");
    expect(child(channel, "link")?.text).toBe("https://example.org/blog");
    const [item] = childrenNamed(channel, "item");
    const clean = nasty.replace("\u0001", "");
    expect(child(item!, "title")?.text).toBe(clean);
    expect(child(item!, "description")?.text).toBe(clean);
    expect(child(item!, "dc:creator")?.text).toBe("O'Brien & co");
  });

  it("gives absolute links, permalink guids and RFC 822 dates, in the order given", () => {
    const xml = buildRssFeed({ siteUrl: "https://example.org", title: "T", description: "D", posts: [post({ slug: "new", date: "2025-03-02" }), post({ slug: "old", date: "2024-12-31" })] });
    const items = childrenNamed(child(parseXml(xml), "channel")!, "item");
    expect(items.map((i) => child(i, "link")?.text)).toEqual(["https://example.org/blog/new", "https://example.org/blog/old"]);
    expect(child(items[0]!, "guid")?.attrs.isPermaLink).toBe("true");
    expect(child(items[1]!, "pubDate")?.text).toBe("Tue, 31 Dec 2024 12:00:00 GMT");
    expect(rfc822("2025-03-02")).toBe("Sun, 02 Mar 2025 12:00:00 GMT");
  });

  it("the test parser itself rejects malformed XML (so the checks above mean something)", () => {
    expect(() => parseXml("<rss><title>Fees & rewards</title></rss>")).toThrow(/bare "&"/);
    expect(() => parseXml("<rss><a></b></rss>")).toThrow(/does not match/);
    expect(() => parseXml("<rss><a>x</a>")).toThrow(/never closed/);
    expect(() => parseXml("<rss>&nbsp;</rss>")).toThrow(/unknown entity/);
  });
});

describe("GET /blog/feed.xml", () => {
  it("lists every published post with its absolute link, and no draft", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const res = await GET();
    expect(res.headers.get("content-type")).toContain("application/rss+xml");
    const channel = child(parseXml(await res.text()), "channel")!;
    const links = childrenNamed(channel, "item").map((i) => child(i, "link")?.text);
    const published = await getAllPosts();
    expect(published.length).toBeGreaterThanOrEqual(5);
    expect(SITE_URL).toMatch(/^https?:\/\/[^/]+$/);
    expect(links).toEqual(published.map((p) => `${SITE_URL}/blog/${p.slug}`));
    expect(links.join(" ")).not.toContain("staking-portal-preview");
  });
});
