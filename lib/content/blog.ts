import path from "node:path";
import { mdxCtaRefs, type CtaRef } from "./ctas";
import { analyseMdx, frontMatterLineCount } from "./mdx-analysis";
import { ContentError, problemsFromZod, type ContentProblem } from "./problems";
import { postFrontmatterSchema, slugSchema, tagsFileSchema } from "./schemas";
import { contentPath, defaultRoot, displayPath, listFiles, parseMdxSource, readText, type ContentRoot } from "./source-files";

export type PostMeta = {
  slug: string;
  title: string;
  description: string;
  /** ISO date, yyyy-mm-dd. */
  date: string;
  updated?: string;
  tags: string[];
  author: string;
  cover?: { src: string; alt: string };
  draft: boolean;
  readingMinutes: number;
};

export type Post = PostMeta & {
  /** MDX body, rendered by components/mdx/MdxContent. */
  body: string;
  /** Body without markup (RSS description fallback, search). */
  plainText: string;
};

export type BlogCollection = { posts: Post[]; tags: Record<string, string>; ctas: CtaRef[]; problems: ContentProblem[] };

const WORDS_PER_MINUTE = 220;
const TAGS_FILE = ["blog", "tags.json"];

/** Drafts are visible while writing (`next dev`) and never in a production build or the tests. */
export function showDrafts(): boolean {
  return process.env.NODE_ENV === "development";
}

function loadTags(root: ContentRoot, problems: ContentProblem[]): Record<string, string> {
  const file = contentPath(root, ...TAGS_FILE);
  const shown = displayPath(root, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readText(file));
  } catch (e) {
    problems.push({ file: shown, field: "", message: `cannot be read as JSON: ${e instanceof Error ? e.message : String(e)}` });
    return {};
  }
  const parsed = tagsFileSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    problems.push(...problemsFromZod(shown, parsed.error));
    return {};
  }
  return parsed.data;
}

function newestFirst(a: PostMeta, b: PostMeta): number {
  return a.date === b.date ? a.slug.localeCompare(b.slug) : a.date < b.date ? 1 : -1;
}

/** Reads and validates every post, collecting all problems instead of stopping at the first. */
export function loadBlog(root: ContentRoot = defaultRoot()): BlogCollection {
  const problems: ContentProblem[] = [];
  const tags = loadTags(root, problems);
  const schema = postFrontmatterSchema(root, Object.keys(tags));
  const posts: Post[] = [];
  const ctas: CtaRef[] = [];
  for (const file of listFiles(contentPath(root, "blog"), [".mdx", ".md"])) {
    const shown = displayPath(root, file);
    const slug = path.basename(file).replace(/\.mdx?$/, "");
    const slugCheck = slugSchema.safeParse(slug);
    if (!slugCheck.success) problems.push({ file: shown, field: "", message: slugCheck.error.issues[0]?.message ?? "bad file name" });
    const source = readText(file);
    let parsedSource;
    try {
      parsedSource = parseMdxSource(source);
    } catch (e) {
      problems.push({ file: shown, field: "front matter", message: `is not valid YAML: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}` });
      continue;
    }
    const fm = schema.safeParse(parsedSource.data, { reportInput: true });
    const analysis = analyseMdx(root, shown, parsedSource.body, frontMatterLineCount(source));
    problems.push(...analysis.problems);
    ctas.push(...mdxCtaRefs(analysis.ctas, shown));
    if (!fm.success) {
      problems.push(...problemsFromZod(shown, fm.error));
      continue;
    }
    if (fm.data.updated && fm.data.updated < fm.data.date) {
      problems.push({ file: shown, field: "updated", message: `must not be before "date" (${fm.data.date})` });
    }
    posts.push({
      slug,
      ...fm.data,
      readingMinutes: Math.max(1, Math.round(analysis.wordCount / WORDS_PER_MINUTE)),
      body: parsedSource.body,
      plainText: analysis.plainText,
    });
  }
  posts.sort(newestFirst);
  return { posts, tags, ctas, problems };
}

let cached: { collection: BlogCollection; at: number } | undefined;

/** In `next dev` edits must show on the next reload, but one render calls blog() many times. */
const DEV_REREAD_MS = 1000;

/** The validated collection; throws a ContentError (file + field) so a broken post fails the build. */
function blog(): BlogCollection {
  // a build reads the files once; dev re-reads them at most once a second
  const fresh = cached && (!showDrafts() || Date.now() - cached.at < DEV_REREAD_MS);
  const collection = fresh ? cached!.collection : loadBlog();
  if (collection.problems.length) throw new ContentError(collection.problems);
  if (!fresh) cached = { collection, at: Date.now() };
  return collection;
}

function toMeta(post: Post): PostMeta {
  const { slug, title, description, date, updated, tags, author, cover, draft, readingMinutes } = post;
  return { slug, title, description, date, ...(updated ? { updated } : {}), tags, author, ...(cover ? { cover } : {}), draft, readingMinutes };
}

function visible(posts: Post[]): Post[] {
  return showDrafts() ? posts : posts.filter((p) => !p.draft);
}

/** Published posts, newest first (drafts too in `next dev`). */
export async function getAllPosts(): Promise<PostMeta[]> {
  return visible(blog().posts).map(toMeta);
}

/** One post by slug, or null when it does not exist or is a draft outside dev. */
export async function getPost(slug: string): Promise<Post | null> {
  return visible(blog().posts).find((p) => p.slug === slug) ?? null;
}

/** The allowed tags (content/blog/tags.json), in the order the file lists them. */
export function getAllTags(): string[] {
  return Object.keys(blog().tags);
}

/** Display name of a tag ("sessiontv" -> "SessionTV"). */
export function getTagLabel(tag: string): string {
  return blog().tags[tag] ?? tag;
}

export async function getPostsByTag(tag: string): Promise<PostMeta[]> {
  return (await getAllPosts()).filter((p) => p.tags.includes(tag));
}
