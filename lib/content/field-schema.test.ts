import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadBlog } from "./blog";
import { zodForField } from "./field-schema";
import { text } from "./fields";
import { analyseMdx } from "./mdx-analysis";
import { problemsFromZod } from "./problems";
import { fillTokens } from "./tokens";

const sentences = (field: Parameters<typeof zodForField>[0], value: unknown) => {
  const r = zodForField(field).safeParse(value, { reportInput: true });
  return r.success ? [] : problemsFromZod("f", r.error).map((p) => p.message);
};

describe("placeholders: a text may use only the names its page fills", () => {
  const footer = text("Small print", 160, { tokens: { year: "the year", site: "the name" } });
  const figure = text("Value", 40, { pendingTokens: { totalSupply: "SESH in existence" } });

  it("accepts its own placeholders, and fills them", () => {
    expect(sentences(footer, "© {{year}} {{site}}.")).toEqual([]);
    expect(fillTokens("© {{year}} {{site}}.", { year: 2026, site: "Session Token" })).toBe("© 2026 Session Token.");
  });

  it("refuses a name the page does not fill, a text that takes none, and unclosed braces", () => {
    expect(sentences(footer, "© {{yaer}}")).toEqual(["uses the placeholder {{yaer}}, which this page cannot fill; it may use {{year}}, {{site}}"]);
    expect(sentences(text("Title", 80), "Hello {{name}}")).toEqual(["uses the placeholder {{name}}, which this page cannot fill; it takes no placeholders, write the text itself"]);
    expect(sentences(footer, "© {{year}")).toEqual(['has "{{" or "}}" that is not a placeholder such as {{year}}; check the braces']);
  });

  it("a figure that is not live yet needs the text to show until it is, and shows it", () => {
    expect(sentences(figure, "{{totalSupply}}")).toEqual(["uses {{totalSupply}}, which is not live yet: add the text to show until then, e.g. {{totalSupply|240,000,000}}"]);
    expect(sentences(figure, "{{totalSupply|240,000,000}}")).toEqual([]);
    expect(fillTokens("{{totalSupply|240,000,000}}")).toBe("240,000,000");
    expect(fillTokens("{{totalSupply|240,000,000}}", { totalSupply: "239,999,999" })).toBe("239,999,999");
  });
});

describe("inline Markdown in YAML texts", () => {
  const paragraph = text("Paragraph", 300, { inline: true });
  it("links go to a page of the site or an https address", () => {
    expect(sentences(paragraph, "See [the FAQ](/faq) or [Session](https://getsession.org).")).toEqual([]);
    expect(sentences(paragraph, "See [this](javascript:alert(1)).")).toEqual([]); // not a link at all: shown as text
    expect(sentences(paragraph, "See [this](http://example.com).")).toEqual(['has a link to "http://example.com"; links go to a site path like "/staking" or an https:// URL']);
  });
});

describe("MDX bodies: components checked against their fields, pictures only through <Figure>", () => {
  const root = { dir: path.join(import.meta.dirname, "__fixtures__", "valid") };
  const messages = (body: string) => analyseMdx(root, "content/blog/x.mdx", body).problems.map((p) => `${p.field}: ${p.message}`);

  it("a component's attributes follow its description", () => {
    expect(messages('<Stat value="9" />')).toEqual(['body (line 1): has a <Stat> whose "label" is required']);
    expect(messages('<Callout type="danger">Careful.</Callout>')).toEqual(['body (line 1): has a <Callout> whose "type" must be one of "info", "tip", "warning" (got "danger")']);
    expect(messages('<VideoEmbed title="T" youtubeId="short" poster="/images/cover.svg" />')).toEqual(['body (line 1): has a <VideoEmbed> whose "youtubeId" must be the 11-character id from the YouTube link (…watch?v=THIS_PART)']);
    expect(messages('<CtaButton id="a-b" href="/stake" label="Stake" colour="red" />')).toEqual(['body (line 1): has a <CtaButton> that has unknown field "colour" (check the spelling)']);
  });

  it("a block component takes no text between its tags", () => {
    expect(messages('<CtaButton id="a-b" href="/stake" label="Stake">Stake now</CtaButton>')).toEqual(["body (line 1): has text between <CtaButton> and </CtaButton>; a CtaButton takes attributes only (write <CtaButton … />)"]);
  });

  it("a Markdown image is refused: it would have no required description and no optimisation", () => {
    expect(messages("![](/images/cover.svg)")).toEqual(['body (line 1): uses a Markdown image; add pictures with <Figure src="/images/blog/…" alt="…" /> so each one has a description and is served optimised']);
  });
});

describe("a post's cover comes with its description", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cover-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(path.join(import.meta.dirname, "__fixtures__", "valid"), dir, { recursive: true });
  const post = (frontMatter: string) =>
    `---\ntitle: T\ndescription: D\ndate: 2025-03-01\nauthor: A\ntags: [network]\n${frontMatter}---\n\nBody.\n`;

  it("an image without its description, and a description without an image, are each refused", () => {
    writeFileSync(path.join(dir, "content/blog/no-alt.mdx"), post("cover: /images/cover.svg\n"));
    writeFileSync(path.join(dir, "content/blog/no-image.mdx"), post("coverAlt: A picture\n"));
    const problems = loadBlog({ dir }).problems.map((p) => `${p.file}: ${p.field} ${p.message}`);
    expect(problems).toEqual([
      "content/blog/no-alt.mdx: coverAlt is required with a cover image: describe the image for people who cannot see it",
      "content/blog/no-image.mdx: cover is required: choose the image that coverAlt describes, or remove coverAlt",
    ]);
  });
});
