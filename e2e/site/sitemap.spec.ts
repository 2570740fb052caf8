import { expect, test } from "@playwright/test";
import { getAllPosts, loadBlog } from "../../lib/content/blog";
import { STATIC_ROUTES, SITE_URL } from "../../lib/site";

test("sitemap.xml lists every route and every published post, and no draft", async ({ request }) => {
  const res = await request.get("/sitemap.xml");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("xml");
  const xml = await res.text();
  expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  for (const route of STATIC_ROUTES) expect(locs, route).toContain(route === "/" ? SITE_URL : `${SITE_URL}${route}`);
  const published = await getAllPosts();
  expect(published.length).toBeGreaterThanOrEqual(5);
  for (const p of published) expect(locs, p.slug).toContain(`${SITE_URL}/blog/${p.slug}`);
  for (const draft of loadBlog().posts.filter((p) => p.draft)) expect(locs).not.toContain(`${SITE_URL}/blog/${draft.slug}`);
  // every listed URL is served (mapped to the server under test)
  for (const loc of locs) {
    const path = new URL(loc).pathname;
    expect((await request.get(path)).status(), path).toBe(200);
  }
});

test("robots.txt allows crawling and points to the sitemap", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toMatch(/User-Agent: \*\s+Allow: \//i);
  expect(text).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
});
