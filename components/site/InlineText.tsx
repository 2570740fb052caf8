import { parseInline } from "@/lib/content/inline-markdown";
import { fillTokens, type TokenValues } from "@/lib/content/tokens";

/**
 * A text from content/ with its little Markdown (**bold**, *italic*, [links](/path)) as elements,
 * never as HTML, and its placeholders filled with the page's values. Renders no wrapper: the
 * caller chooses the paragraph, heading or cell it goes in.
 */
export function InlineText({ text, values }: { text: string; values?: TokenValues }) {
  return (
    <>
      {parseInline(text).map((piece, i) => {
        const words = fillTokens(piece.text, values);
        switch (piece.kind) {
          case "text":
            return words;
          case "strong":
            return <strong key={i}>{words}</strong>;
          case "em":
            return <em key={i}>{words}</em>;
          case "link": {
            const external = /^https?:\/\//.test(piece.href);
            return (
              <a key={i} href={piece.href} {...(external ? { rel: "noopener noreferrer" } : {})}>
                {words}
              </a>
            );
          }
        }
      })}
    </>
  );
}
