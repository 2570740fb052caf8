import { InlineText } from "./InlineText";

/** Paragraphs from content/ in the site's prose style (bold, italic and links kept). */
export function Prose({ paragraphs }: { paragraphs: readonly string[] }) {
  return (
    <div className="prose-site max-w-3xl">
      {paragraphs.map((p) => (
        <p key={p}>
          <InlineText text={p} />
        </p>
      ))}
    </div>
  );
}
