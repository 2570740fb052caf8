import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MdxContent } from "./MdxContent";

/** Renders MDX the way a page does (server side, to HTML) and looks at what a visitor receives. */
async function html(source: string): Promise<string> {
  return renderToStaticMarkup(await MdxContent({ source }));
}

describe("MdxContent", () => {
  it("renders Markdown with GFM tables and anchored section headings", async () => {
    const out = await html("## What we tested\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nSee [staking](/staking) and [Session](https://getsession.org).");
    expect(out).toContain('<h2 id="what-we-tested">What we tested</h2>');
    expect(out).toContain("<table>");
    expect(out).toContain('<a href="/staking">staking</a>');
    expect(out).toContain('<a href="https://getsession.org" rel="noopener noreferrer">Session</a>');
  });

  it("gives authors Callout, CtaButton, Stat and Figure", async () => {
    const out = await html(
      [
        '<Callout type="warning" title="Careful">Stakes are locked.</Callout>',
        '<CtaButton id="post-stake" href="/stake" label="Start staking" />',
        '<Stat value="25,000 SESH" label="Full stake" />',
        '<Figure src="/images/blog/claim-flow.svg" alt="How a claim works" caption="The flow" width={1200} height={420} />',
      ].join("\n\n"),
    );
    expect(out).toMatch(/<div role="note"[^>]*><p[^>]*>Careful<\/p>/);
    expect(out).toMatch(/<a href="\/stake" class="[^"]*mdx-cta[^"]*" data-cta="post-stake">Start staking<\/a>/);
    expect(out).toContain("25,000 SESH");
    expect(out).toMatch(/<img alt="How a claim works"[^>]*width="1200" height="420"[^>]*src="\/images\/blog\/claim-flow.svg"/);
    expect(out).toContain("<figcaption");
  });

  it("VideoEmbed ships our poster and a play button, and no third-party URL until clicked", async () => {
    const out = await html('<VideoEmbed title="What is SESH?" youtubeId="SeshToken05" poster="/images/tv/what-is-the-session-token.svg" odyseeUrl="https://odysee.com/@SessionTV:5/x:a" />');
    expect(out).toContain('aria-label="Play video: What is SESH?"');
    expect(out).toContain('src="/images/tv/what-is-the-session-token.svg"');
    expect(out).not.toContain("<iframe");
    expect(out).not.toContain("youtube-nocookie");
    // plain links to the video pages are fine: they load nothing until followed
    expect(out).toContain('href="https://www.youtube.com/watch?v=SeshToken05"');
    expect(out).toContain('href="https://odysee.com/@SessionTV:5/x:a"');
  });
});
