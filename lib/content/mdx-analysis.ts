import { createProcessor } from "@mdx-js/mdx";
import remarkGfm from "remark-gfm";
import { zodForFields } from "./field-schema";
import { MDX_COMPONENT_NAMES, MDX_COMPONENTS, type MdxComponentName } from "./models/mdx-components";
import { problemsFromZod, type ContentProblem } from "./problems";
import { ctaIdSchema } from "./schemas";
import { publicFileExists, type ContentRoot } from "./source-files";

type MdAttribute = { type: string; name?: string; value?: unknown };

type MdNode = {
  type: string;
  value?: unknown;
  name?: string | null;
  attributes?: MdAttribute[];
  children?: MdNode[];
  position?: { start: { line: number } };
};

/** A <CtaButton id="..."> found in a body, with the field (line) that names it in messages. */
export type MdxCta = { id: string; field: string };

export type MdxAnalysis = {
  /** The text a reader sees, without markup (FAQ JSON-LD, reading time, RSS fallback). */
  plainText: string;
  wordCount: number;
  /** Every CtaButton with a valid id, in order (lib/content/ctas.ts checks they are unique). */
  ctas: MdxCta[];
  problems: ContentProblem[];
};

const BLOCK_TYPES = new Set(["paragraph", "heading", "listItem", "tableCell", "blockquote", "code", "mdxJsxFlowElement"]);

function collectText(node: MdNode, out: string[]): void {
  if ((node.type === "text" || node.type === "inlineCode" || node.type === "code") && typeof node.value === "string") {
    out.push(node.value);
  }
  for (const child of node.children ?? []) collectText(child, out);
  if (BLOCK_TYPES.has(node.type)) out.push("\n");
}

function stringAttribute(node: MdNode, name: string): string | undefined {
  const attr = node.attributes?.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  return typeof attr?.value === "string" ? attr.value : undefined;
}

/** A literal a component's prop may take in braces: a plain number or true/false (`width={1200}`). */
const LITERAL_EXPRESSION = /^\s*(?:-?\d+(?:\.\d+)?|true|false)\s*$/;

function shown(code: unknown): string {
  const text = typeof code === "string" ? code.trim().replace(/\s+/g, " ") : "";
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Attributes whose problems have their own sentence below (kept: authors know them). */
const OWN_SENTENCES: Partial<Record<MdxComponentName, readonly string[]>> = { CtaButton: ["id"], Figure: ["src", "alt"], VideoEmbed: ["poster"] };

function isComponent(name: string): name is MdxComponentName {
  return (MDX_COMPONENT_NAMES as readonly string[]).includes(name);
}

/** A component's attributes as values: text, or the plain number or true/false written in braces. */
function attributeValues(node: MdNode): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const attr of node.attributes ?? []) {
    if (attr.type !== "mdxJsxAttribute" || !attr.name) continue;
    if (typeof attr.value === "string") values[attr.name] = attr.value;
    else if (attr.value === null || attr.value === undefined) values[attr.name] = true;
    else {
      const code = String((attr.value as { value?: unknown }).value ?? "").trim();
      if (LITERAL_EXPRESSION.test(code)) values[attr.name] = code === "true" ? true : code === "false" ? false : Number(code);
    }
  }
  return values;
}

/** Each component's attributes checked against its fields (lib/content/models/mdx-components.ts). */
function componentProblems(root: ContentRoot, file: string, field: string, name: MdxComponentName, node: MdNode): ContentProblem[] {
  const spec = MDX_COMPONENTS[name];
  const problems: ContentProblem[] = [];
  if (spec.kind === "block" && (node.children ?? []).length > 0) {
    problems.push({ file, field, message: `has text between <${name}> and </${name}>; a ${name} takes attributes only (write <${name} … />)` });
  }
  const schema = zodForFields(spec.fields, { imageExists: (sitePath) => publicFileExists(root, sitePath) });
  const parsed = schema.safeParse(attributeValues(node), { reportInput: true });
  if (parsed.success) return problems;
  const own = OWN_SENTENCES[name] ?? [];
  for (const p of problemsFromZod(file, parsed.error)) {
    if (own.includes(p.field.split(/[.[]/)[0]!)) continue;
    problems.push({ file, field, message: p.field ? `has a <${name}> whose "${p.field}" ${p.message}` : `has a <${name}> that ${p.message}` });
  }
  return problems;
}

/**
 * MDX compiles to JavaScript that runs at build time, and its JSX can put any element in the page.
 * Content is written by marketers, not developers: raw HTML elements (`<script>`, `<iframe>`, any
 * lower-case JSX) and `{expressions}` are refused, so content can only be Markdown and the
 * provided components with plain attributes. One sentence per construct, naming what to write instead.
 */
function unsafeConstructs(node: MdNode): string[] {
  const out: string[] = [];
  const isElement = node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
  if (isElement && !node.name) out.push("uses an empty element <>…</>, which content may not contain; write Markdown instead");
  if (isElement && node.name && !/^[A-Z]/.test(node.name)) {
    out.push(
      `uses the HTML element <${node.name}>, which content may not contain (it could run code or load other sites); write Markdown, or use one of the components: ${MDX_COMPONENT_NAMES.join(", ")}`,
    );
  }
  if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") {
    out.push(`uses a JavaScript expression {${shown(node.value)}}, which content may not contain; write the text itself (to show a brace, write \\{)`);
  }
  if (isElement && node.name) {
    for (const attr of node.attributes ?? []) {
      if (attr.type === "mdxJsxExpressionAttribute") {
        out.push(`spreads attributes into <${node.name}> with {${shown(attr.value)}}; write each attribute as name="value"`);
      } else if (typeof attr.value === "object" && attr.value !== null) {
        const code = (attr.value as { value?: unknown }).value;
        if (!(typeof code === "string" && LITERAL_EXPRESSION.test(code))) {
          out.push(`gives <${node.name}> the attribute ${attr.name ?? "?"}={${shown(code)}} as a JavaScript expression; write ${attr.name ?? "name"}="…" (only plain numbers and true/false may go in braces, e.g. width={1200})`);
        }
      }
    }
  }
  return out;
}

/**
 * Parses an MDX body once, before any page renders it: syntax errors, `import`/`export` lines,
 * raw HTML and `{expressions}`, components that do not exist and Figure images missing from public/
 * become problems naming the file and line, so `npm run content:check` reports them all and the
 * build stops on them.
 */
export function analyseMdx(root: ContentRoot, file: string, body: string, lineOffset = 0): MdxAnalysis {
  const problems: ContentProblem[] = [];
  let tree: MdNode;
  try {
    tree = createProcessor({ remarkPlugins: [remarkGfm] }).parse(body) as unknown as MdNode;
  } catch (e) {
    // the parser reports positions inside the body ("(18:1-18:20)"): shift them to file lines
    const raw = e instanceof Error ? e.message : String(e);
    const at = /\((\d+):\d+(?:-\d+:\d+)?\)\s*$/.exec(raw);
    const field = at ? `body (line ${Number(at[1]) + lineOffset})` : "body";
    const reason = at ? raw.slice(0, at.index).trim() : raw;
    return { plainText: "", wordCount: 0, ctas: [], problems: [{ file, field, message: `is not valid MDX: ${reason}` }] };
  }
  const allowed = new Set<string>(MDX_COMPONENT_NAMES);
  const ctas: MdxCta[] = [];
  const walk = (node: MdNode) => {
    const field = `body (line ${(node.position?.start.line ?? 0) + lineOffset})`;
    if (node.type === "image") {
      problems.push({ file, field, message: 'uses a Markdown image; add pictures with <Figure src="/images/blog/…" alt="…" /> so each one has a description and is served optimised' });
    }
    if (node.type === "mdxjsEsm") {
      problems.push({ file, field, message: `uses import/export, which is not allowed; use the provided components (${MDX_COMPONENT_NAMES.join(", ")})` });
    }
    for (const message of unsafeConstructs(node)) problems.push({ file, field, message });
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name && /^[A-Z]/.test(node.name)) {
      if (!allowed.has(node.name)) {
        problems.push({ file, field, message: `uses an unknown component <${node.name}>; available: ${MDX_COMPONENT_NAMES.join(", ")}` });
      } else if (isComponent(node.name)) {
        problems.push(...componentProblems(root, file, field, node.name, node));
      }
      if (node.name === "Figure" || node.name === "VideoEmbed") {
        const attr = node.name === "Figure" ? "src" : "poster";
        const src = stringAttribute(node, attr);
        if (!src) problems.push({ file, field, message: `has a <${node.name}> without ${attr}="/images/..."` });
        else if (!publicFileExists(root, src)) problems.push({ file, field, message: `has a <${node.name}> whose ${attr} does not exist: public${src}` });
      }
      if (node.name === "CtaButton") {
        const id = stringAttribute(node, "id");
        const checked = ctaIdSchema.safeParse(id);
        if (id === undefined) problems.push({ file, field, message: `has a <CtaButton> without id="..."; give it an id such as "blog-my-post-stake", unique across the site (the funnel report names the button by it)` });
        else if (!checked.success) problems.push({ file, field, message: `has a <CtaButton> whose id ${JSON.stringify(id)} ${checked.error.issues[0]?.message ?? "is not valid"}` });
        else ctas.push({ id, field });
      }
      if (node.name === "Figure" && !stringAttribute(node, "alt")) {
        problems.push({ file, field, message: `has a <Figure> without alt="..." (describe the image for people who cannot see it)` });
      }
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  const parts: string[] = [];
  collectText(tree, parts);
  const plainText = parts
    .join("")
    .replace(/[ \t]+/g, " ")
    .replace(/\s*\n\s*/g, "\n")
    .trim();
  const wordCount = plainText ? plainText.split(/\s+/).length : 0;
  return { plainText, wordCount, ctas, problems };
}

/** Number of lines the front matter takes, so body line numbers match the file the author sees. */
export function frontMatterLineCount(source: string): number {
  const fm = /^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/.exec(source);
  return fm ? fm[0].split("\n").length - 1 : 0;
}
