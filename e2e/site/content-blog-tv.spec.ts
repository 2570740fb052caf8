import { expect, test } from "@playwright/test";
import { getAllPosts } from "../../lib/content/blog";
import { getVideos } from "../../lib/content/videos";

/**
 * Content routes against the production build: the RSS feed, drafts and the SessionTV
 * click-to-load player. Expected posts come from the same loader the build used (run under
 * NODE_ENV=production rules: Playwright's NODE_ENV is not "development", so drafts are hidden).
 */
const DRAFT_SLUG = "staking-portal-preview";

test("the RSS feed parses and lists every published post, and no draft", async ({ page, request }) => {
  const res = await request.get("/blog/feed.xml");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/rss+xml");
  const xml = await res.text();
  await page.goto("/blog");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const error = doc.querySelector("parsererror")?.textContent ?? null;
    const items = [...doc.querySelectorAll("channel > item")].map((i) => ({ title: i.querySelector("title")?.textContent, link: i.querySelector("link")?.textContent }));
    return { error, root: doc.documentElement.nodeName, version: doc.documentElement.getAttribute("version"), items };
  }, xml);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe("rss");
  expect(parsed.version).toBe("2.0");
  const published = await getAllPosts();
  expect(published.some((p) => p.slug === DRAFT_SLUG)).toBe(false);
  expect(parsed.items.map((i) => i.title)).toEqual(published.map((p) => p.title));
  for (const [i, p] of published.entries()) expect(parsed.items[i]?.link).toMatch(new RegExp(`^https?://[^/]+/blog/${p.slug}$`));
  expect(xml).not.toContain(DRAFT_SLUG);
});

test("drafts are not published: no page, not in the index, not in the sitemap", async ({ page, request }) => {
  expect((await request.get(`/blog/${DRAFT_SLUG}`)).status()).toBe(404);
  await page.goto("/blog");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const hrefs = await page.locator("a[href^='/blog/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(hrefs).not.toContain(`/blog/${DRAFT_SLUG}`);
  for (const p of await getAllPosts()) expect(hrefs).toContain(`/blog/${p.slug}`);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).not.toContain(DRAFT_SLUG);
});

test("blog tag pages filter posts, and an unknown tag is a 404", async ({ page, request }) => {
  await page.goto("/blog/tags/lokinet");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Lokinet");
  const expected = (await getAllPosts()).filter((p) => p.tags.includes("lokinet"));
  await expect(page.locator("article, li").filter({ has: page.locator("h2 a") })).toHaveCount(expected.length);
  expect((await request.get("/blog/tags/not-a-tag")).status()).toBe(404);
});

test("SessionTV loads nothing from a third party until a video is clicked", async ({ page }) => {
  const thirdParty: string[] = [];
  page.on("request", (r) => {
    const host = new URL(r.url()).hostname;
    if (host !== "127.0.0.1" && host !== "localhost") thirdParty.push(r.url());
  });
  // no internet here: answer the player's request locally, after recording it
  await page.route("https://www.youtube-nocookie.com/**", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>player</title>" }));
  await page.goto("/tv", { waitUntil: "networkidle" });
  await expect(page.getByRole("heading", { level: 1, name: "SessionTV" })).toBeVisible();
  const videos = getVideos();
  await expect(page.getByRole("button", { name: /^Play video:/ })).toHaveCount(videos.length);
  // scroll through the whole page so lazy posters load too
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState("networkidle");
  expect(thirdParty).toEqual([]);
  expect(await page.locator("iframe").count()).toBe(0);

  const first = videos[0]!;
  await page.getByRole("button", { name: `Play video: ${first.title}` }).click();
  const frame = page.locator(`iframe[title="${first.title}"]`);
  await expect(frame).toHaveAttribute("src", new RegExp(`^https://www\\.youtube-nocookie\\.com/embed/${first.youtubeId}`));
  await expect.poll(() => thirdParty.length).toBeGreaterThan(0);
  expect(thirdParty.every((u) => u.startsWith("https://www.youtube-nocookie.com/"))).toBe(true);
  // each card links to the video's YouTube and Odysee pages
  await expect(page.locator(`a[href="${first.odyseeUrl}"]`)).toHaveCount(1);
  await expect(page.locator(`a[href="https://www.youtube.com/watch?v=${first.youtubeId}"]`)).toHaveCount(1);
});

test("posters, covers and figures are served by us", async ({ page }) => {
  const external: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "image" && !r.url().startsWith("http://127.0.0.1")) external.push(r.url());
  });
  await page.goto("/blog/sesh-on-arbitrum-workchain-for-governance", { waitUntil: "networkidle" });
  const figure = page.getByRole("img", { name: /Claiming rewards/ });
  await expect(figure).toBeVisible();
  expect(await figure.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect(external).toEqual([]);
});

test("FAQ answers render from MDX with working question links", async ({ page }) => {
  await page.goto("/faq");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const questions = page.getByRole("navigation", { name: "Questions" }).getByRole("link");
  expect(await questions.count()).toBeGreaterThanOrEqual(10);
  const first = questions.first();
  const target = await first.getAttribute("href");
  await first.click();
  await expect(page.locator(`${target} h2`)).toBeInViewport();
});
