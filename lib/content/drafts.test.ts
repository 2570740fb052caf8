import { afterEach, describe, expect, it, vi } from "vitest";
import sitemap from "@/app/sitemap";
import { GET as feed } from "@/app/(site)/blog/feed.xml/route";
import robots from "@/app/robots";
import { getAllPosts, getPost, loadBlog } from "./blog";
import { showDrafts } from "./drafts";

/** The shipped content's drafts, read from the files (at least one, or these tests would prove nothing). */
const drafts = loadBlog().posts.filter((p) => p.draft);

afterEach(() => {
  vi.unstubAllEnvs();
});

const MODES = {
  "next dev": { NODE_ENV: "development", CONTENT_PREVIEW: "" },
  "a preview build": { NODE_ENV: "production", CONTENT_PREVIEW: "1" },
  "a production build": { NODE_ENV: "production", CONTENT_PREVIEW: "" },
} as const;

function use(mode: keyof typeof MODES): void {
  for (const [k, v] of Object.entries(MODES[mode])) vi.stubEnv(k, v);
}

describe("drafts: shown while writing and in preview builds, never in a production build, the sitemap or the feed", () => {
  it("the content has a draft to test with", () => {
    expect(drafts.length).toBeGreaterThan(0);
  });

  it.each(["next dev", "a preview build"] as const)("%s lists and serves drafts", async (mode) => {
    use(mode);
    expect(showDrafts()).toBe(true);
    const listed = (await getAllPosts()).map((p) => p.slug);
    for (const d of drafts) {
      expect(listed).toContain(d.slug);
      expect((await getPost(d.slug))?.title).toBe(d.title);
    }
  });

  it("a production build neither lists nor serves them", async () => {
    use("a production build");
    expect(showDrafts()).toBe(false);
    const listed = (await getAllPosts()).map((p) => p.slug);
    for (const d of drafts) {
      expect(listed).not.toContain(d.slug);
      expect(await getPost(d.slug)).toBeNull();
    }
  });

  it.each(Object.keys(MODES) as (keyof typeof MODES)[])("in %s the sitemap and the RSS feed have every published post and no draft", async (mode) => {
    use(mode);
    const published = loadBlog().posts.filter((p) => !p.draft);
    const urls = (await sitemap()).map((e) => e.url);
    const xml = await (await feed()).text();
    for (const p of published) {
      expect(urls.some((u) => u.endsWith(`/blog/${p.slug}`))).toBe(true);
      expect(xml).toContain(`/blog/${p.slug}</link>`);
    }
    for (const d of drafts) {
      expect(urls.some((u) => u.endsWith(`/blog/${d.slug}`))).toBe(false);
      expect(xml).not.toContain(d.slug);
    }
  });

  it("a preview build asks crawlers to stay away; a production build invites them", () => {
    use("a preview build");
    expect(robots().rules).toEqual([{ userAgent: "*", disallow: "/" }]);
    use("a production build");
    expect(robots().rules).toEqual([{ userAgent: "*", allow: "/" }]);
  });
});
