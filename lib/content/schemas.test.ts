import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkAllContent } from "./check";
import { loadBlog } from "./blog";
import { HOME_FILE } from "./data-file-specs";
import { loadDataFile } from "./data-files";
import { loadFaq } from "./faq";
import { loadPages } from "./pages";
import { formatProblem } from "./problems";
import { formatDuration, loadVideos } from "./videos";

const fixture = (name: string) => ({ dir: path.join(import.meta.dirname, "__fixtures__", name) });
const messages = (problems: Parameters<typeof formatProblem>[0][]) => problems.map(formatProblem);
const loadHome = (root: { dir: string }) => loadDataFile(root, HOME_FILE);

describe("blog schema: a broken post names its file and field", () => {
  const msgs = messages(loadBlog(fixture("broken")).problems);

  it.each([
    ["bad date", 'content/blog/bad-date.mdx: "date" is not a real calendar date (got "2025-02-30")'],
    ["date not written YYYY-MM-DD", 'content/blog/bad-date-format.mdx: "date" must be a date written YYYY-MM-DD (got "March 3, 2025")'],
    ["unknown tag", 'content/blog/unknown-tag.mdx: "tags[1]" is an unknown tag "nft"; use one of network, staking or add it to content/blog/tags.json'],
    ["missing description", 'content/blog/missing-description.mdx: "description" is required'],
    ["description over 160 characters", 'content/blog/long-description.mdx: "description" must be at most 160 characters (got 171)'],
    ["cover image that does not exist", 'content/blog/missing-cover.mdx: "cover" points to an image that does not exist: public/images/blog/nope.png'],
    ["misspelt field", 'content/blog/misspelt-field.mdx: has unknown field "autor" (check the spelling)'],
    ["field missing because misspelt", 'content/blog/misspelt-field.mdx: "author" is required'],
    ["unknown MDX component", 'content/blog/unknown-component.mdx: "body (line 11)" uses an unknown component <Carousel>; available: Callout, CtaButton, Figure, VideoEmbed, Stat'],
    ["MDX syntax error, with the line in the file", 'content/blog/broken-mdx.mdx: "body (line 9)" is not valid MDX: Expected a closing tag for `<Callout>`'],
    ["file name that is not a slug", "content/blog/Bad_Name.mdx: file name must be lower-case words joined by hyphens, e.g. my-first-post.mdx"],
  ])("%s", (_rule, expected) => {
    expect(msgs).toContain(expected);
  });

  it("reports every problem of the collection at once, and nothing about valid fields", () => {
    expect(msgs).toHaveLength(11);
  });
});

describe("home, videos, FAQ and pages schemas: broken fixtures", () => {
  it("home page copy", () => {
    expect(messages(loadHome(fixture("broken")).problems)).toEqual([
      'content/home.yaml: "hero.title" is required',
      'content/home.yaml: "hero.secondaryCta.href" must be a site path like "/staking" or an https:// URL (got "staking")',
      'content/home.yaml: "steps.items" must have exactly 3 entries (got 2)',
    ]);
  });

  it("videos list", () => {
    expect(messages(loadVideos(fixture("broken")).problems)).toEqual([
      'content/videos.yaml: "videos[0].duration" must be an ISO 8601 duration such as "PT4M12S" (4 min 12 s)',
      'content/videos.yaml: "videos[1].poster" points to an image that does not exist: public/images/tv/missing.svg',
      'content/videos.yaml: "videos[1].youtubeId" must be the 11-character id from the YouTube link (…watch?v=THIS_PART)',
      'content/videos.yaml: "videos[1].odyseeUrl" must be the video\'s page on https://odysee.com/',
    ]);
  });

  it("a repeated video id", () => {
    expect(messages(loadVideos(fixture("duplicate-video")).problems)).toEqual([
      'content/videos.yaml: "videos[1].id" repeats the id "older-video" of videos[0]; ids must be unique',
    ]);
  });

  it("FAQ entries are named by number and line", () => {
    expect(messages(loadFaq(fixture("broken")).problems)).toEqual([
      'content/faq.mdx: "question 1 (line 10)" must end with "?"',
      'content/faq.mdx: "answer to question 2 (line 14)" must not be empty',
    ]);
  });

  it("legal pages: missing description, impossible date, missing file", () => {
    expect(messages(loadPages(fixture("broken")).problems)).toEqual([
      'content/pages/legal/terms.mdx: "description" is required',
      'content/pages/legal/terms.mdx: "updated" is not a real calendar date (got "2025-13-01")',
      "content/pages/legal/privacy.mdx: is missing",
    ]);
  });

  it("allowed tags file: tag ids are slugs, names are not empty", () => {
    expect(messages(loadBlog(fixture("broken-tags")).problems)).toEqual([
      'content/blog/tags.json: "tags[1].id" must be lower-case words joined by hyphens',
      'content/blog/tags.json: "tags[2].label" must not be empty',
    ]);
  });

  it("content:check gathers the problems of every collection in one list", () => {
    expect(checkAllContent(fixture("broken")).problems).toHaveLength(11 + 3 + 4 + 2 + 3);
  });
});

describe("calls to action: every CTA has an id, unique across the site (the funnel report names buttons by it)", () => {
  it("a missing or badly written id names the file and the field", () => {
    expect(messages(checkAllContent(fixture("broken-ctas")).problems)).toEqual([
      'content/blog/hello-world.mdx: "body (line 18)" has a <CtaButton> without id="..."; give it an id such as "blog-my-post-stake", unique across the site (the funnel report names the button by it)',
      'content/blog/older-post.mdx: "body (line 11)" has a <CtaButton> whose id "Older post" must be lower-case words joined by hyphens, such as "home-hero-stake"',
      'content/home.yaml: "steps.cta.id" must be lower-case words joined by hyphens, such as "home-hero-stake"',
      'content/home.yaml: "closing.primaryCta.id" is required: give every call to action an id such as "home-hero-stake", unique across the site (the funnel report names the button by it)',
    ]);
  });

  it("a repeated id is reported where it repeats, naming the first use (in the same file or another)", () => {
    expect(messages(checkAllContent(fixture("duplicate-cta")).problems)).toEqual([
      'content/home.yaml: "closing.secondaryCta.id" repeats the CTA id "hero-stake" already used by "hero.primaryCta.id"; every call to action needs its own id',
      'content/blog/older-post.mdx: "body (line 11)" repeats the CTA id "hero-learn" already used by content/home.yaml "hero.secondaryCta.id"; every call to action needs its own id',
      'content/faq.mdx: "body (line 17)" repeats the CTA id "hello-stake" already used by content/blog/hello-world.mdx "body (line 18)"; every call to action needs its own id',
    ]);
  });

  it("valid content lists every CTA with where it is written", () => {
    const { ctas } = checkAllContent(fixture("valid"));
    // the explainer pages' CTAs are found the same way, wherever their description puts an id
    expect(ctas).toContainEqual({ id: "staking-hero-stake", file: "content/pages/staking.yaml", field: "hero.primaryCta.id" });
    expect(ctas).toContainEqual({ id: "network-closing-staking", file: "content/pages/network.yaml", field: "closing.secondaryCta.id" });
    expect(ctas.filter((c) => !c.file.startsWith("content/pages/"))).toEqual([
      { id: "hero-stake", file: "content/home.yaml", field: "hero.primaryCta.id" },
      { id: "hero-learn", file: "content/home.yaml", field: "hero.secondaryCta.id" },
      { id: "steps-guide", file: "content/home.yaml", field: "steps.cta.id" },
      { id: "operator-read", file: "content/home.yaml", field: "operator.cta.id" },
      { id: "closing-stake", file: "content/home.yaml", field: "closing.primaryCta.id" },
      { id: "closing-token", file: "content/home.yaml", field: "closing.secondaryCta.id" },
      { id: "hello-stake", file: "content/blog/hello-world.mdx", field: "body (line 18)" },
    ]);
  });
});

describe("valid fixtures load into typed values", () => {
  it("has no problems at all", () => {
    expect(checkAllContent(fixture("valid")).problems).toEqual([]);
  });

  it("blog: newest first, drafts flagged, optional fields kept, reading time at least a minute", () => {
    const { posts } = loadBlog(fixture("valid"));
    expect(posts.map((p) => [p.slug, p.date, p.draft])).toEqual([
      ["secret-draft", "2025-04-01", true],
      ["hello-world", "2025-03-01", false],
      ["older-post", "2025-01-15", false],
    ]);
    const hello = posts[1]!;
    expect(hello.updated).toBe("2025-03-02");
    expect(hello.cover).toEqual({ src: "/images/cover.svg", alt: "A test cover" });
    expect(hello.tags).toEqual(["network", "staking"]);
    expect(hello.readingMinutes).toBe(1);
    expect(hello.plainText).toContain("Some bold text & a link.");
  });

  it("home: strings stay strings, links and the three steps come through", () => {
    const { data: home } = loadHome(fixture("valid"));
    expect(home?.figures.items).toEqual([
      { label: "Supply", value: "240,000,000" },
      { label: "Stake", value: "25,000 SESH", note: "per node" },
    ]);
    expect(home?.steps.items.map((s) => s.title)).toEqual(["A", "B", "C"]);
    expect(home?.operator.cta).toEqual({ id: "operator-read", label: "Read", href: "https://getsession.org" });
  });

  it("videos: newest first, durations readable", () => {
    const { videos } = loadVideos(fixture("valid"));
    expect(videos.map((v) => v.id)).toEqual(["newer-video", "older-video"]);
    expect(formatDuration(videos[0]!.duration)).toBe("1:02:03");
    expect(formatDuration(videos[1]!.duration)).toBe("1:00");
  });

  it("FAQ: one entry per question heading, with a plain-text answer for JSON-LD", () => {
    const { faq } = loadFaq(fixture("valid"));
    expect(faq?.entries.map((e) => [e.question, e.answerText, e.id])).toEqual([
      ["What is SESH?", "An ERC-20 token. See the token page.", "what-is-sesh"],
      ["How much is a full stake?", "25,000 SESH.", "how-much-is-a-full-stake"],
    ]);
    expect(faq?.entries[0]?.answerMdx).toBe("An **ERC-20** token. See [the token page](/token).");
  });
});
