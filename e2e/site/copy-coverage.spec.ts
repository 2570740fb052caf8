import { expect, test, type Page } from "@playwright/test";
import { getAllTags, getPublishedPosts } from "../../lib/content/blog";
import { MARKETING_ROUTES } from "../../lib/site";
import { copyClassifier } from "./content-copy";

/**
 * Copy cannot creep back into components: on every marketing page of the production build (each
 * post, each tag page and the 404 page included), every text the page shows, every accessible name
 * and image description, the title and the meta description must be written in a file under
 * content/, or be data the page places (addresses, network names, dates, numbers). The texts are
 * compared with the files themselves (e2e/site/content-copy.ts), not with what the site's loaders
 * return.
 */

type Shown = { text: string; where: string };

/** Every text node of the page (screen-reader-only ones too), and the words in its attributes. */
async function shownTexts(page: Page): Promise<Shown[]> {
  return page.evaluate(() => {
    const out: { text: string; where: string }[] = [];
    const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}>`;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, noscript, template")) continue;
      const text = (node.textContent ?? "").trim();
      if (text) out.push({ text, where: describe(parent) });
    }
    for (const el of document.querySelectorAll("[aria-label], img[alt], [title]")) {
      for (const attr of ["aria-label", "alt", "title"]) {
        const value = el.getAttribute(attr)?.trim();
        if (value) out.push({ text: value, where: `${describe(el)} ${attr}` });
      }
    }
    out.push({ text: document.title, where: "<title>" });
    const description = document.querySelector('meta[name="description"]')?.getAttribute("content");
    if (description) out.push({ text: description, where: 'meta[name="description"]' });
    return out;
  });
}

const classify = copyClassifier();
const hasLetters = (s: string) => /\p{L}/u.test(s);

/** The texts with words that nobody wrote in content/; the title is "<page title> | <site name>" (the home page's stands alone). */
function unexplained(shown: Shown[]): Shown[] {
  return shown.filter(({ text, where }) => hasLetters(text) && (where === "<title>" ? text.split(" | ") : [text]).some((piece) => classify(piece) === null));
}

test("the classifier itself: content and data pass, a sentence no file holds does not", () => {
  expect(classify("The risks")).toBe("content");
  expect(classify("Chain ID 42161")).toBe("placeholder");
  expect(classify("18 March 2025")).toBe("data");
  expect(classify("Stake your SESH today and earn more")).toBeNull();
  // a placeholder filled with words no file holds is not content either
  expect(classify("Chain ID Hello")).toBeNull();
});

test("a sentence a component adds to a page is caught, screen-reader names included", async ({ page }) => {
  await page.goto("/token");
  await page.evaluate(() => {
    const p = document.createElement("p");
    p.textContent = "Only this component knows this sentence";
    document.querySelector("main")?.append(p);
    document.querySelector("main a")?.setAttribute("aria-label", "A name nobody wrote down");
  });
  const caught = unexplained(await shownTexts(page)).map((s) => s.text);
  expect(caught).toEqual(["Only this component knows this sentence", "A name nobody wrote down"]);
});

test("every word on every marketing page comes from content/ or is data", async ({ page }) => {
  const posts = await getPublishedPosts();
  const routes = [...MARKETING_ROUTES, ...posts.map((p) => `/blog/${p.slug}`), ...getAllTags().map((t) => `/blog/tags/${t}`), "/this-page-does-not-exist"];
  const found: string[] = [];
  let checked = 0;
  for (const route of routes) {
    await page.goto(route);
    const shown = await shownTexts(page);
    checked += shown.filter((s) => hasLetters(s.text)).length;
    found.push(...unexplained(shown).map(({ text, where }) => `${route} ${where}: ${JSON.stringify(text)}`));
  }
  expect(found).toEqual([]);
  // the walk saw the pages' words (a broken walk would pass on nothing)
  expect(checked).toBeGreaterThan(routes.length * 20);
});
