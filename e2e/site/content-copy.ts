/**
 * What the copy-coverage spec holds pages to: every piece of text a page shows must be written in a
 * file under content/, or be data (an address, a network's name, a date, a number). The words are
 * read straight from the files here, not through the site's loaders, so a sentence a component
 * writes itself cannot pass for content.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createProcessor } from "@mdx-js/mdx";
import matter from "gray-matter";
import remarkGfm from "remark-gfm";
import { LIVE_DEPLOYMENTS } from "../../lib/deployments";

const CONTENT_DIR = path.resolve("content");

const normalise = (s: string) => s.replace(/\s+/g, " ").trim();

/** The text a reader sees of a YAML paragraph's little Markdown: **bold**, *italic*, [text](link). */
function markdownPieces(s: string): string[] {
  const pieces = s.split(/\*\*|(?<![\\*])\*(?!\*)|\[|\]\([^)]*\)/);
  const whole = s.replace(/\*\*(.+?)\*\*/g, "$1").replace(/\*(.+?)\*/g, "$1").replace(/\[([^\]]+)\]\([^)]*\)/g, "$1");
  return [whole, ...pieces];
}

type MdNode = { type: string; value?: unknown; children?: MdNode[]; attributes?: { type: string; value?: unknown }[] };

/** Every text of an MDX body as the reader gets it: text nodes, code, and component attributes (titles, captions, labels). */
function mdxTexts(body: string, out: string[]): void {
  const walk = (node: MdNode) => {
    if ((node.type === "text" || node.type === "inlineCode") && typeof node.value === "string") out.push(node.value);
    for (const attr of node.attributes ?? []) if (typeof attr.value === "string") out.push(attr.value);
    for (const child of node.children ?? []) walk(child);
  };
  walk(createProcessor({ remarkPlugins: [remarkGfm] }).parse(body) as unknown as MdNode);
}

function strings(value: unknown, out: string[]): void {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Every string written in content/ (YAML, JSON, MDX front matter and bodies). */
export function contentStrings(): string[] {
  const out: string[] = [];
  for (const file of files(CONTENT_DIR)) {
    const source = readFileSync(file, "utf8");
    if (file.endsWith(".json")) strings(JSON.parse(source), out);
    else if (file.endsWith(".yaml") || file.endsWith(".yml")) strings(matter(`---\n${source}\n---\n`).data, out);
    else if (file.endsWith(".mdx") || file.endsWith(".md")) {
      const { data, content } = matter(source);
      strings(data, out);
      mdxTexts(content, out);
    }
  }
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A text with `{{placeholders}}` as a pattern: each placeholder is the value the page filled in. */
function placeholderPattern(text: string): RegExp | null {
  const parts = text.split(/\{\{[^{}]*\}\}/);
  if (parts.length === 1) return null;
  // a text that is nothing but placeholders would explain anything: it explains nothing
  if (!/\p{L}/u.test(parts.join(""))) return null;
  const literal = (p: string) => escapeRegExp(p.replace(/\s+/g, " "));
  return new RegExp(`^${literal(parts[0]!.trimStart())}${parts.slice(1, -1).map((p) => `(.+?)${literal(p)}`).join("")}(.+?)${literal(parts.at(-1)!.trimEnd())}$`, "u");
}

/** Data a page shows that is not words anyone writes: deployments (lib/deployments.ts) and dates' month names. */
function dataValues(): string[] {
  const months = Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" }).format(Date.UTC(2025, m, 15)));
  return [...LIVE_DEPLOYMENTS.flatMap((d) => [d.name, d.token, d.rewards, d.pool, d.factory]), ...months].sort((a, b) => b.length - a.length);
}

export type CopyOrigin = "content" | "placeholder" | "data" | null;

/** Decides, for each text a page shows, where it comes from; null means nobody wrote it in content/. */
export function copyClassifier(): (text: string) => CopyOrigin {
  const atoms = new Set<string>();
  const patterns: RegExp[] = [];
  for (const s of contentStrings()) {
    for (const piece of markdownPieces(s)) {
      const text = normalise(piece);
      if (!text) continue;
      atoms.add(text);
      const pattern = placeholderPattern(text);
      if (pattern) patterns.push(pattern);
    }
  }
  const data = dataValues();
  const isData = (text: string) => {
    let rest = text;
    for (const value of data) rest = rest.split(value).join(" ");
    return !/\p{L}/u.test(rest);
  };
  // what a page put in a placeholder must itself be content (a tag's name, a title) or data (a number)
  const filledWith = (values: string[]) => values.every((v) => atoms.has(normalise(v)) || isData(v));
  const filled = (text: string) => patterns.some((p) => filledWith(p.exec(text)?.slice(1) ?? ["\u0000no match"]));
  // a page may join filled texts with a space ("6 minutes" + "48 seconds", each its own content text)
  const filledPieces = (text: string, depth: number): boolean =>
    filled(text) || (depth > 0 && [...text.matchAll(/ /g)].some((m) => filled(text.slice(0, m.index)) && filledPieces(text.slice(m.index + 1), depth - 1)));
  return (raw) => {
    const text = normalise(raw);
    if (atoms.has(text)) return "content";
    if (filledPieces(text, 2)) return "placeholder";
    return isData(text) ? "data" : null;
  };
}
