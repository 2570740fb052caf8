import { Card } from "@/components/ui/Card";
import { cx } from "@/components/ui/cx";
import { InlineText } from "./InlineText";

export type CardContent = { title: string; body: string };

/** Cards of a heading and a paragraph (from content/), side by side from the medium breakpoint. */
export function CardGrid({ cards, columns = 3, headingClassName = "text-xl font-semibold" }: { cards: readonly CardContent[]; columns?: 2 | 3; headingClassName?: string }) {
  return (
    <div className={cx("grid gap-6", columns === 2 ? "md:grid-cols-2" : "md:grid-cols-3")}>
      {cards.map((c) => (
        <Card key={c.title}>
          <h3 className={headingClassName}>{c.title}</h3>
          <p className="mt-2 text-muted">
            <InlineText text={c.body} />
          </p>
        </Card>
      ))}
    </div>
  );
}
