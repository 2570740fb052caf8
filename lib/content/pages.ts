import { mdxCtaRefs, type CtaRef } from "./ctas";
import { analyseMdx, frontMatterLineCount } from "./mdx-analysis";
import { ContentError, problemsFromZod, type ContentProblem } from "./problems";
import { zodForFields } from "./field-schema";
import type { ValueOfFields } from "./fields";
import { LEGAL_FIELDS } from "./models/legal";
import { contentPath, defaultRoot, displayPath, listFiles, parseMdxSource, readText, type ContentRoot } from "./source-files";

/** MDX pages under content/pages/: "legal/terms", "legal/privacy". */
export const PAGE_NAMES = ["legal/terms", "legal/privacy"] as const;
export type PageName = (typeof PAGE_NAMES)[number];

export type Page = ValueOfFields<typeof LEGAL_FIELDS> & { name: string; body: string };

const frontMatterSchema = zodForFields(LEGAL_FIELDS);

function pageFile(root: ContentRoot, name: string): string {
  return contentPath(root, "pages", ...name.split("/")) + ".mdx";
}

export function loadPage(root: ContentRoot, name: string): { page: Page | null; ctas: CtaRef[]; problems: ContentProblem[] } {
  const file = pageFile(root, name);
  const shown = displayPath(root, file);
  let source: string;
  let parsedSource;
  try {
    source = readText(file);
    parsedSource = parseMdxSource(source);
  } catch (e) {
    const message = e instanceof Error && "code" in e && e.code === "ENOENT" ? "is missing" : `cannot be read: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`;
    return { page: null, ctas: [], problems: [{ file: shown, field: "", message }] };
  }
  const analysis = analyseMdx(root, shown, parsedSource.body, frontMatterLineCount(source));
  const ctas = mdxCtaRefs(analysis.ctas, shown);
  const fm = frontMatterSchema.safeParse(parsedSource.data, { reportInput: true });
  if (!fm.success) return { page: null, ctas, problems: [...analysis.problems, ...problemsFromZod(shown, fm.error)] };
  return { page: { name, ...fm.data, body: parsedSource.body }, ctas, problems: analysis.problems };
}

/** Every MDX page under content/pages (the required ones and any a marketer added). */
export function loadPages(root: ContentRoot = defaultRoot()): { pages: Page[]; ctas: CtaRef[]; problems: ContentProblem[] } {
  const names = new Set<string>(PAGE_NAMES);
  for (const dir of ["", "legal"]) {
    for (const f of listFiles(contentPath(root, "pages", dir), [".mdx"])) {
      names.add((dir ? `${dir}/` : "") + f.split(/[\\/]/).pop()!.replace(/\.mdx$/, ""));
    }
  }
  const pages: Page[] = [];
  const ctas: CtaRef[] = [];
  const problems: ContentProblem[] = [];
  for (const name of names) {
    const r = loadPage(root, name);
    if (r.page) pages.push(r.page);
    ctas.push(...r.ctas);
    problems.push(...r.problems);
  }
  return { pages, ctas, problems };
}

/** An MDX page by name; throws a ContentError naming file and field when it is missing or broken. */
export function getPage(name: PageName | (string & {})): Page {
  const { page, problems } = loadPage(defaultRoot(), name);
  if (!page || problems.length) throw new ContentError(problems);
  return page;
}
