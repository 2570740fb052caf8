import { mdxCtaRefs, type CtaRef } from "./ctas";
import { analyseMdx, frontMatterLineCount } from "./mdx-analysis";
import { ContentError, problemsFromZod, type ContentProblem } from "./problems";
import { zodForFields } from "./field-schema";
import type { ValueOfFields } from "./fields";
import { FAQ_FIELDS } from "./models/faq";
import { faqEntrySchema } from "./schemas";
import { contentPath, defaultRoot, displayPath, parseMdxSource, readText, type ContentRoot } from "./source-files";

export type FaqEntry = {
  question: string;
  /** MDX of the answer, rendered by components/mdx/MdxContent. */
  answerMdx: string;
  /** The answer as plain text, for FAQPage JSON-LD. */
  answerText: string;
  /** Anchor id, so an answer can be linked: /faq#how-much-sesh-... */
  id: string;
};

export type Faq = ValueOfFields<typeof FAQ_FIELDS> & { entries: FaqEntry[] };

const frontMatterSchema = zodForFields(FAQ_FIELDS);

export const FAQ_FILE = ["faq.mdx"];

function anchorId(question: string): string {
  return question
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

/**
 * content/faq.mdx: front matter (title, description), then one `## Question?` heading per entry
 * with its answer underneath. Text before the first question is not allowed (it would be lost).
 */
export function loadFaq(root: ContentRoot = defaultRoot()): { faq: Faq | null; ctas: CtaRef[]; problems: ContentProblem[] } {
  const file = contentPath(root, ...FAQ_FILE);
  const shown = displayPath(root, file);
  const problems: ContentProblem[] = [];
  let source: string;
  let parsedSource;
  try {
    source = readText(file);
    parsedSource = parseMdxSource(source);
  } catch (e) {
    return { faq: null, ctas: [], problems: [{ file: shown, field: "front matter", message: `cannot be read: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}` }] };
  }
  const fm = frontMatterSchema.safeParse(parsedSource.data, { reportInput: true });
  if (!fm.success) problems.push(...problemsFromZod(shown, fm.error));

  const offset = frontMatterLineCount(source);
  const lines = parsedSource.body.split(/\r?\n/);
  const sections: { question: string; line: number; answer: string[] }[] = [];
  lines.forEach((line, i) => {
    const heading = /^##\s+(.*)$/.exec(line);
    if (heading) sections.push({ question: heading[1]!.trim(), line: offset + i + 1, answer: [] });
    else if (sections.length) sections[sections.length - 1]!.answer.push(line);
    else if (line.trim()) problems.push({ file: shown, field: `body (line ${offset + i + 1})`, message: 'has text before the first "## Question?" heading, which would not be shown' });
  });
  if (sections.length === 0) problems.push({ file: shown, field: "body", message: 'has no entries: write each question as a "## Question?" heading' });

  const entries: FaqEntry[] = [];
  const ctas: CtaRef[] = [];
  const ids = new Set<string>();
  sections.forEach((section, i) => {
    const answerMdx = section.answer.join("\n").trim();
    const entry = faqEntrySchema.safeParse({ question: section.question, answer: answerMdx }, { reportInput: true });
    if (!entry.success) {
      // name the entry the way the author finds it: by its number and line in the file
      for (const p of problemsFromZod(shown, entry.error)) {
        const which = `question ${i + 1} (line ${section.line})`;
        problems.push({ ...p, field: p.field === "answer" ? `answer to ${which}` : which });
      }
      return;
    }
    const analysis = analyseMdx(root, shown, answerMdx, section.line);
    problems.push(...analysis.problems);
    ctas.push(...mdxCtaRefs(analysis.ctas, shown));
    let id = anchorId(entry.data.question) || `question-${i + 1}`;
    if (ids.has(id)) id = `${id}-${i + 1}`;
    ids.add(id);
    entries.push({ question: entry.data.question, answerMdx, answerText: analysis.plainText.replace(/\n+/g, " "), id });
  });
  if (!fm.success) return { faq: null, ctas, problems };
  return { faq: { ...fm.data, entries }, ctas, problems };
}

export function getFaq(): Faq {
  const { faq, problems } = loadFaq();
  if (!faq || problems.length) throw new ContentError(problems);
  return faq;
}
