import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import { getSiteContent } from "@/lib/content/page-content";

export type CalloutType = "info" | "tip" | "warning";

const STYLES: Record<CalloutType, string> = {
  info: "border-l-accent-fg",
  tip: "border-l-accent",
  warning: "border-l-[#d97706]",
};

/**
 * A highlighted aside inside an article. A div with role="note" rather than <aside>, because an
 * <aside> inside <main> is a nested landmark that screen readers list separately.
 */
export function Callout({ type = "info", title, children }: { type?: CalloutType; title?: string; children?: ReactNode }) {
  const kind: CalloutType = type in STYLES ? type : "info";
  // without a title of its own, a callout says what kind it is, in content/site.yaml's words
  const shownTitle = title ?? getSiteContent().components.callout[kind];
  return (
    <div role="note" className={cx("mdx-block rounded-xl border border-line border-l-4 bg-bg-raised px-5 py-4", STYLES[kind])}>
      <p className="font-semibold">{shownTitle}</p>
      <div className="mt-1 text-muted [&_a]:text-accent-fg [&_a]:underline [&>p+p]:mt-2">{children}</div>
    </div>
  );
}
