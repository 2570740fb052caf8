import { afterEach, describe, expect, it, vi } from "vitest";
import { getAllPosts, getAllTags, getPost, getPostsByTag } from "./blog";
import { checkAllContent } from "./check";
import { showDrafts } from "./drafts";
import { formatProblem } from "./problems";
import { getVideos } from "./videos";
import { getFaq } from "./faq";

/** These run against the real content/ folder: what ships must pass its own schemas. */
const DRAFT_SLUG = "staking-portal-preview";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("drafts", () => {
  it("never appear in a production build", async () => {
    vi.stubEnv("NODE_ENV", "production");
    expect(showDrafts()).toBe(false);
    const slugs = (await getAllPosts()).map((p) => p.slug);
    expect(slugs).not.toContain(DRAFT_SLUG);
    expect(await getPost(DRAFT_SLUG)).toBeNull();
    for (const tag of getAllTags()) expect((await getPostsByTag(tag)).some((p) => p.draft)).toBe(false);
  });

  it("show while writing in `next dev`", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const draft = (await getAllPosts()).find((p) => p.slug === DRAFT_SLUG);
    expect(draft?.draft).toBe(true);
    expect((await getPost(DRAFT_SLUG))?.title).toBe("Preview: a faster staking app");
  });
});

describe("the shipped content", () => {
  it("passes every schema", () => {
    expect(checkAllContent().problems.map(formatProblem)).toEqual([]);
  });

  it("has at least five published posts, newest first, each tagged with allowed tags", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const posts = await getAllPosts();
    expect(posts.length).toBeGreaterThanOrEqual(5);
    const dates = posts.map((p) => p.date);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const p of posts) for (const t of p.tags) expect(getAllTags()).toContain(t);
  });

  it("a post carries its MDX body and metadata", async () => {
    const post = await getPost("disappearing-messages-two-modes");
    expect(post?.body).toContain("two-week upgrade window");
    expect(post?.description.length).toBeLessThanOrEqual(160);
    expect(post?.readingMinutes).toBeGreaterThanOrEqual(1);
  });

  it("lists at least four videos, including the 2FA and Session Token explainers", () => {
    const titles = getVideos().map((v) => v.title);
    expect(titles.length).toBeGreaterThanOrEqual(4);
    expect(titles.some((t) => /two-factor/i.test(t))).toBe(true);
    expect(titles.some((t) => /session token/i.test(t))).toBe(true);
  });

  it("has at least ten FAQ entries, each with a plain-text answer", () => {
    const { entries } = getFaq();
    expect(entries.length).toBeGreaterThanOrEqual(10);
    for (const e of entries) {
      expect(e.answerText.length).toBeGreaterThan(20);
      expect(e.answerText).not.toMatch(/[*<>]|\]\(/);
    }
  });
});
