import type { HTMLAttributes } from "react";
import { cx } from "./cx";

export type BadgeTone = "neutral" | "accent";

/** A small pill label (chain names, tags, states). */
export function Badge({ tone = "neutral", className, ...rest }: HTMLAttributes<HTMLSpanElement> & { tone?: BadgeTone }) {
  return (
    <span
      className={cx(
        "inline-flex items-center rounded-full border px-2.5 py-0.5 text-xs font-medium",
        tone === "accent" ? "border-accent-fg text-accent-fg" : "border-line text-muted",
        className,
      )}
      {...rest}
    />
  );
}
