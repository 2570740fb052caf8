import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

export type CalloutType = "info" | "tip" | "warning";

const STYLES: Record<CalloutType, { label: string; className: string }> = {
  info: { label: "Note", className: "border-l-accent-fg" },
  tip: { label: "Tip", className: "border-l-accent" },
  warning: { label: "Warning", className: "border-l-[#d97706]" },
};

/**
 * A highlighted aside inside an article. A div with role="note" rather than <aside>, because an
 * <aside> inside <main> is a nested landmark that screen readers list separately.
 */
export function Callout({ type = "info", title, children }: { type?: CalloutType; title?: string; children?: ReactNode }) {
  const style = STYLES[type] ?? STYLES.info;
  return (
    <div role="note" className={cx("mdx-block rounded-xl border border-line border-l-4 bg-bg-raised px-5 py-4", style.className)}>
      <p className="font-semibold">{title ?? style.label}</p>
      <div className="mt-1 text-muted [&_a]:text-accent-fg [&_a]:underline [&>p+p]:mt-2">{children}</div>
    </div>
  );
}
