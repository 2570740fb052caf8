import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import matter from "gray-matter";
import { checkAllContent } from "../../lib/content/check";
import { formatProblem, type ContentProblem } from "../../lib/content/problems";
import { parseMdxSource, parseYamlSource } from "../../lib/content/source-files";
import { snapshotFiles } from "./file-snapshot";
import { solidPng } from "./solid-png";

/**
 * A marketer in the browser editor (Keystatic, `next dev`): a post's title and a sentence of the
 * staking page are changed and saved, the files on disk change and the pages show it; a date that is
 * not one and an emptied required field are refused with content:check's own sentences and nothing
 * is saved; a cover picture is uploaded, refused without its description, then saved with one, and
 * the post serves it optimised. Every file touched is put back afterwards, pass or fail. (Drafts under
 * `next dev` and in preview builds: lib/content/drafts.test.ts; in the production build: e2e/site.)
 */

const SLUG = "community-from-zero-to-thousands";
const POST = `content/blog/${SLUG}.mdx`;
const STAKING = "content/pages/staking.yaml";
const COVER = `public/images/blog/${SLUG}/cover.png`;

/** What content:check says about a post written as `source` (on a copy of the content, with `files` added). */
function checkPost(source: string, files: Record<string, Buffer> = {}): ContentProblem[] {
  const copy = mkdtempSync(path.join(tmpdir(), "editor-e2e-"));
  try {
    cpSync("content", path.join(copy, "content"), { recursive: true });
    cpSync("public", path.join(copy, "public"), { recursive: true });
    writeFileSync(path.join(copy, POST), source);
    for (const [file, bytes] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
      writeFileSync(path.join(copy, file), bytes);
    }
    return checkAllContent({ dir: copy }).problems.filter((p) => p.file === POST);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** A post's front matter, dates kept as the text written. */
const frontMatter = (source: string) => parseMdxSource(source).data;

/** The post with some front matter fields replaced (undefined removes one). */
function withFrontMatter(source: string, changes: Record<string, unknown>): string {
  const { data, body } = parseMdxSource(source);
  const next: Record<string, unknown> = { ...data, ...changes };
  for (const [k, v] of Object.entries(changes)) if (v === undefined) delete next[k];
  return matter.stringify(body, next);
}

/** A text box of the editor found by what it holds (labels repeat from section to section), once the form has loaded. */
async function boxHolding(page: Page, value: string) {
  const boxes = page.getByRole("textbox");
  const find = () => boxes.evaluateAll((els, v) => els.findIndex((e) => (e as HTMLInputElement | HTMLTextAreaElement).value === v), value);
  await expect.poll(find, { message: `a text box holding ${JSON.stringify(value)}` }).toBeGreaterThanOrEqual(0);
  return boxes.nth(await find());
}

const readYaml = (file: string) => parseYamlSource(readFileSync(file, "utf8")) as Record<string, Record<string, unknown>>;

test("a marketer edits a post and the staking page in the browser; invalid values are refused", async ({ page, request }) => {
  // `next dev` compiles each route on its first visit: ask for the pages this test will open now, so
  // they compile while the editor does (not awaited here; each visit below waits for its page)
  const warming = ["/api/keystatic/tree", `/blog/${SLUG}`, "/staking"].map((p) => request.get(p, { headers: { "no-cors": "1" }, timeout: 240_000 }).catch(() => null));
  const files = snapshotFiles([POST, STAKING, COVER]);
  const coverDirExisted = existsSync(path.dirname(COVER));
  const original = readFileSync(POST, "utf8");
  const updates: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().endsWith("/api/keystatic/update")) updates.push(r.url());
  });
  try {
    await test.step("an impossible date and an emptied required field: the check's sentences, and nothing saved", async () => {
      const expected = checkPost(withFrontMatter(original, { date: "2025-02-30", description: undefined }));
      const dateProblem = expected.find((p) => p.field === "date");
      const descriptionProblem = expected.find((p) => p.field === "description");
      expect(dateProblem && descriptionProblem, expected.map(formatProblem).join("\n")).toBeTruthy();

      await page.goto(`/keystatic/collection/posts/item/${SLUG}`);
      const date = page.getByRole("textbox", { name: "Date", exact: true });
      // the first visit waits for `next dev` to compile the editor and its API (a minute or two when cold)
      await expect(date).toHaveValue(String(frontMatter(original).date), { timeout: 240_000 });
      await date.fill("2025-02-30");
      const description = await boxHolding(page, String(frontMatter(original).description));
      await description.fill("");
      await page.getByRole("button", { name: "Save" }).click();
      await expect(date).toHaveAccessibleDescription(new RegExp(escape(dateProblem!.message)));
      await expect(description).toHaveAccessibleDescription(new RegExp(escape(descriptionProblem!.message)));
      expect(updates).toEqual([]);
      expect(readFileSync(POST, "utf8")).toBe(original);
    });

    const title = `Zero to thousands, edited in the browser ${Date.now()}`;
    const png = solidPng(120, 63, [0, 247, 130]);
    await test.step("a new title and a cover without its description: the save is refused with the check's sentence", async () => {
      const [refusal] = checkPost(withFrontMatter(original, { title, cover: `/images/blog/${SLUG}/cover.png` }), { [COVER]: png });
      expect(refusal?.field).toBe("coverAlt");

      // the form keeps what was typed: put the date and the description back as they were
      await page.getByRole("textbox", { name: "Date", exact: true }).fill(String(frontMatter(original).date));
      await page.getByRole("textbox", { name: /^Description \(post lists/ }).fill(String(frontMatter(original).description));
      await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Choose file" }).first().click();
      await (await chooser).setFiles({ name: "green.png", mimeType: "image/png", buffer: png });
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page.getByText(formatProblem(refusal!), { exact: false })).toBeVisible();
      expect(updates).toHaveLength(1);
      expect(readFileSync(POST, "utf8")).toBe(original);
      expect(existsSync(COVER)).toBe(false);
    });

    const alt = "A green rectangle, uploaded by the editor test";
    await test.step("with its description the post saves: the file, the picture on disk, the page", async () => {
      await page.getByRole("textbox", { name: /^Description of the cover image/ }).fill(alt);
      await page.getByRole("button", { name: "Save" }).click();
      await expect.poll(() => frontMatter(readFileSync(POST, "utf8")).title).toBe(title);
      const saved = frontMatter(readFileSync(POST, "utf8"));
      expect(saved.coverAlt).toBe(alt);
      expect(saved.cover).toBe(`/images/blog/${SLUG}/cover.png`);
      expect(readFileSync(COVER).equals(png)).toBe(true);
      expect(checkPost(readFileSync(POST, "utf8"))).toEqual([]);

      await page.goto(`/blog/${SLUG}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      const cover = page.getByRole("img", { name: alt });
      await expect(cover).toHaveAttribute("src", /^\/_next\/image\?url=%2Fimages%2Fblog%2F/);
      await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
      const served = await page.request.get((await cover.evaluate((img: HTMLImageElement) => img.currentSrc)) as string, { headers: { accept: "image/avif,image/webp,*/*" } });
      expect(served.headers()["content-type"]).toMatch(/^image\/(avif|webp)$/);
    });

    await test.step("a sentence of the staking page", async () => {
      const before = readYaml(STAKING);
      const sentence = String(before.closing!.body);
      const replacement = `Connect your wallet, choose a node and stake, edited at ${Date.now()}.`;
      await page.goto("/keystatic/singleton/pages-staking");
      await (await boxHolding(page, sentence)).fill(replacement);
      await page.getByRole("button", { name: "Save" }).click();
      await expect.poll(() => readYaml(STAKING).closing!.body).toBe(replacement);
      expect({ ...readYaml(STAKING), closing: { ...readYaml(STAKING).closing, body: sentence } }).toEqual(before);
      await page.goto("/staking");
      await expect(page.getByText(replacement, { exact: true })).toBeVisible();
      await expect(page.getByText(sentence, { exact: true })).toHaveCount(0);
    });
  } finally {
    await Promise.all(warming);
    files.restore();
    if (!coverDirExisted) rmSync(path.dirname(COVER), { recursive: true, force: true });
  }
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
