import { expect, test } from "@playwright/test";
import { loadBlog } from "../../lib/content/blog";

/**
 * Drafts under `next dev` (where marketers preview): the page and the blog's list show them, the
 * sitemap and the RSS feed do not. The production build's side is e2e/site/content-blog-tv.spec.ts
 * and sitemap.spec.ts; preview builds are lib/content/drafts.test.ts.
 */
test("while writing, a draft has its page and is listed, but never enters the sitemap or the feed", async ({ request }) => {
  const drafts = loadBlog().posts.filter((p) => p.draft);
  expect(drafts.length).toBeGreaterThan(0);
  const blog = await (await request.get("/blog")).text();
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const feed = await (await request.get("/blog/feed.xml")).text();
  for (const d of drafts) {
    const page = await request.get(`/blog/${d.slug}`);
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain(d.title);
    expect(blog).toContain(`href="/blog/${d.slug}"`);
    expect(sitemap).not.toContain(d.slug);
    expect(feed).not.toContain(d.slug);
  }
  // the feed and sitemap are not empty either: they list the published posts
  for (const p of loadBlog().posts.filter((post) => !post.draft)) {
    expect(sitemap).toContain(`/blog/${p.slug}</loc>`);
    expect(feed).toContain(`/blog/${p.slug}</link>`);
  }
});
