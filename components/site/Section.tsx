import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

type SectionProps = {
  id?: string;
  /** Small label above the heading. */
  eyebrow?: string;
  title?: string;
  lead?: ReactNode;
  children?: ReactNode;
  className?: string;
  /** Slightly raised background to separate consecutive sections. */
  raised?: boolean;
};

/** A page section with an optional eyebrow, h2 title and lead paragraph. */
export function Section({ id, eyebrow, title, lead, children, className, raised }: SectionProps) {
  const headingId = id && title ? `${id}-title` : undefined;
  return (
    <section id={id} aria-labelledby={headingId} className={cx("py-16 sm:py-20", raised && "bg-bg-raised", className)}>
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        {eyebrow && <p className="text-sm font-semibold uppercase tracking-wider text-accent-fg">{eyebrow}</p>}
        {title && (
          <h2 id={headingId} className="mt-2 max-w-3xl text-3xl font-bold tracking-tight sm:text-4xl">
            {title}
          </h2>
        )}
        {lead && <div className="mt-4 max-w-3xl text-lg text-muted">{lead}</div>}
        {children && <div className={title || lead ? "mt-10" : undefined}>{children}</div>}
      </div>
    </section>
  );
}
