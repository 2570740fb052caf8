import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBlog } from "./blog";
import { checkAllContent } from "./check";
import { formatProblem } from "./problems";

const fixture = (name: string) => ({ dir: path.join(import.meta.dirname, "__fixtures__", name) });
const COMPONENTS = "Callout, CtaButton, Figure, VideoEmbed, Stat";

describe("content may not carry raw HTML or JavaScript: one broken post per case, with file, line and sentence", () => {
  const msgs = loadBlog(fixture("unsafe-mdx")).problems.map(formatProblem);

  it.each([
    ["<script>", `content/blog/raw-script.mdx: "body (line 11)" uses the HTML element <script>, which content may not contain (it could run code or load other sites); write Markdown, or use one of the components: ${COMPONENTS}`],
    ["<iframe>", `content/blog/raw-iframe.mdx: "body (line 13)" uses the HTML element <iframe>, which content may not contain (it could run code or load other sites); write Markdown, or use one of the components: ${COMPONENTS}`],
    ["inline lower-case JSX", `content/blog/lower-case-jsx.mdx: "body (line 11)" uses the HTML element <b>, which content may not contain (it could run code or load other sites); write Markdown, or use one of the components: ${COMPONENTS}`],
    ["a block {expression}", 'content/blog/flow-expression.mdx: "body (line 11)" uses a JavaScript expression {Array(3).fill("x").join("")}, which content may not contain; write the text itself (to show a brace, write \\{)'],
    ["an inline {expression}", 'content/blog/text-expression.mdx: "body (line 11)" uses a JavaScript expression {process.env.ADMIN_TOKEN}, which content may not contain; write the text itself (to show a brace, write \\{)'],
    ["an attribute computed in braces", 'content/blog/attribute-expression.mdx: "body (line 11)" gives <Callout> the attribute type={"warn".toUpperCase()} as a JavaScript expression; write type="…" (only plain numbers and true/false may go in braces, e.g. width={1200})'],
    ["spread attributes", 'content/blog/spread-attribute.mdx: "body (line 11)" spreads attributes into <Callout> with {...{ type: "info" }}; write each attribute as name="value"'],
  ])("%s", (_case, expected) => {
    expect(msgs).toContain(expected);
  });

  it("reports exactly those, and accepts a plain number in braces", () => {
    expect(msgs).toHaveLength(7);
    expect(msgs.filter((m) => m.includes("literal-attribute.mdx"))).toEqual([]);
  });

  it("the site's own content passes", () => {
    expect(checkAllContent().problems.map(formatProblem)).toEqual([]);
  });
});
