import { MdxContent } from "@/components/mdx/MdxContent";
import type { Page } from "@/lib/content/pages";
import { formatPostDate } from "../../blog/_components/format";

/** A legal text from content/pages/legal/*.mdx: one h1, its last update, the MDX body. */
export function LegalPage({ page }: { page: Page }) {
  return (
    <article className="mx-auto max-w-3xl px-4 pb-16 pt-14 sm:px-6 sm:pt-20">
      <p className="text-sm font-semibold uppercase tracking-wider text-accent-fg">{page.eyebrow}</p>
      <h1 className="mt-2 text-4xl font-extrabold tracking-tight sm:text-5xl">{page.title}</h1>
      {page.updated && (
        <p className="mt-4 text-sm text-muted">
          {page.updatedLabel} <time dateTime={page.updated}>{formatPostDate(page.updated)}</time>
        </p>
      )}
      <MdxContent source={page.body} className="mt-10" />
    </article>
  );
}
