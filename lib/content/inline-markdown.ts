/**
 * The little Markdown a short text in a YAML file may carry: **bold**, *italic* and
 * [a link](/path). Parsed here once, for the page (components/site/InlineText.tsx renders the
 * pieces as elements, never as HTML) and for the schema (links must go somewhere allowed). Anything
 * else is plain text: `<b>` shows as the characters `<b>`, and `\*` is a literal star.
 */

export type InlinePiece =
  | { kind: "text"; text: string }
  | { kind: "strong"; text: string }
  | { kind: "em"; text: string }
  | { kind: "link"; text: string; href: string };

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^()\s]+)\)/g;
const ESCAPED_STAR = "\u0000";

export function parseInline(source: string): InlinePiece[] {
  const text = source.replace(/\\\*/g, ESCAPED_STAR);
  const pieces: InlinePiece[] = [];
  let last = 0;
  const restore = (s: string) => s.replaceAll(ESCAPED_STAR, "*");
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) pieces.push({ kind: "text", text: restore(text.slice(last, m.index)) });
    if (m[1] !== undefined) pieces.push({ kind: "strong", text: restore(m[1]) });
    else if (m[2] !== undefined) pieces.push({ kind: "em", text: restore(m[2]) });
    else pieces.push({ kind: "link", text: restore(m[3]!), href: m[4]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces.push({ kind: "text", text: restore(text.slice(last)) });
  return pieces;
}
