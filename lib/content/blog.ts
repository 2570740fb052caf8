import path from "node:path";
import { cachedContent } from "./content-cache";
import { mdxCtaRefs, type CtaRef } from "./ctas";
import { diskContext, loadDataFile } from "./data-files";
import { TAGS_FILE } from "./data-file-specs";
import { showDrafts } from "./drafts";
import { zodForFields } from "./field-schema";
import { analyseMdx, frontMatterLineCount } from "./mdx-analysis";
import { POST_FIELDS } from "./models/post";
import { ContentError, problemsFromZod, type ContentProblem } from "./problems";
import { slugSchema } from "./schemas";
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

/** Tag id -> the name shown, in the order content/blog/tags.json lists them. */
export type BlogCollection = { posts: Post[]; tags: Map<string, string>; ctas: CtaRef[]; problems: ContentProblem[] };

const WORDS_PER_MINUTE = 220;

function loadTags(root: ContentRoot, problems: ContentProblem[]): Map<string, string> {
  const { data, problems: found } = loadDataFile(root, TAGS_FILE);
  problems.push(...found);
  return new Map((data?.tags ?? []).map((t) => [t.id, t.label]));
}

/** A cover is an image and the words that describe it: one without the other is a mistake. */
function coverProblems({ cover, coverAlt }: { cover?: string; coverAlt?: string }, file: string): ContentProblem[] {
  if (cover && !coverAlt) return [{ file, field: "coverAlt", message: "is required with a cover image: describe the image for people who cannot see it" }];
  if (coverAlt && !cover) return [{ file, field: "cover", message: "is required: choose the image that coverAlt describes, or remove coverAlt" }];
  return [];
}

function newestFirst(a: PostMeta, b: PostMeta): number {
  return a.date === b.date ? a.slug.localeCompare(b.slug) : a.date < b.date ? 1 : -1;
}

/** Reads and validates every post, collecting all problems instead of stopping at the first. */
export function loadBlog(root: ContentRoot = defaultRoot()): BlogCollection {
  const problems: ContentProblem[] = [];
  const tags = loadTags(root, problems);
  const schema = zodForFields(POST_FIELDS, diskContext(root, [...tags.keys()]));
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
    problems.push(...coverProblems(fm.data, shown));
    const { cover, coverAlt, ...meta } = fm.data;
    posts.push({
      slug,
      ...meta,
      ...(cover && coverAlt ? { cover: { src: cover, alt: coverAlt } } : {}),
      readingMinutes: Math.max(1, Math.round(analysis.wordCount / WORDS_PER_MINUTE)),
      body: parsedSource.body,
      plainText: analysis.plainText,
    });
  }
  posts.sort(newestFirst);
  return { posts, tags, ctas, problems };
}

/** The validated collection; throws a ContentError (file + field) so a broken post fails the build. */
const blog = cachedContent((): BlogCollection => {
  const collection = loadBlog();
  if (collection.problems.length) throw new ContentError(collection.problems);
  return collection;
});

function toMeta(post: Post): PostMeta {
  const { slug, title, description, date, updated, tags, author, cover, draft, readingMinutes } = post;
  return { slug, title, description, date, ...(updated ? { updated } : {}), tags, author, ...(cover ? { cover } : {}), draft, readingMinutes };
}

function visible(posts: Post[]): Post[] {
  return showDrafts() ? posts : posts.filter((p) => !p.draft);
}

/** The posts a page lists, newest first: drafts too while writing and in preview builds (lib/content/drafts.ts). */
export async function getAllPosts(): Promise<PostMeta[]> {
  return visible(blog().posts).map(toMeta);
}

/** Published posts only, whatever the build: the sitemap and the RSS feed never list a draft. */
export async function getPublishedPosts(): Promise<PostMeta[]> {
  return blog()
    .posts.filter((p) => !p.draft)
    .map(toMeta);
}

/** One post by slug, or null when it does not exist or is a draft outside dev. */
export async function getPost(slug: string): Promise<Post | null> {
  return visible(blog().posts).find((p) => p.slug === slug) ?? null;
}

/** The allowed tags (content/blog/tags.json), in the order the file lists them. */
export function getAllTags(): string[] {
  return [...blog().tags.keys()];
}

/** Display name of a tag ("sessiontv" -> "SessionTV"). */
export function getTagLabel(tag: string): string {
  return blog().tags.get(tag) ?? tag;
}

export async function getPostsByTag(tag: string): Promise<PostMeta[]> {
  return (await getAllPosts()).filter((p) => p.tags.includes(tag));
}
