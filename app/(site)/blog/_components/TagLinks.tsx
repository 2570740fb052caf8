import { cx } from "@/components/ui/cx";
import { getTagLabel } from "@/lib/content/blog";

/** Tags as links to their listing pages; `current` marks the page being shown. */
export function TagLinks({ tags, current, label }: { tags: readonly string[]; current?: string; label: string }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag}>
            <a
              href={`/blog/tags/${tag}`}
              aria-current={tag === current ? "page" : undefined}
              className={cx(
                "inline-flex min-h-8 items-center rounded-full border px-3 text-sm font-medium transition-colors",
                tag === current ? "border-accent-fg bg-accent text-on-accent" : "border-line text-fg hover:border-accent-fg",
              )}
            >
              {getTagLabel(tag)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
