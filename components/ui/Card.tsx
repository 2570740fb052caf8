import type { HTMLAttributes } from "react";
import { cx } from "./cx";

/** A bordered surface for grouped content. */
export function Card({ className, ...rest }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cx("rounded-2xl border border-line bg-card p-6", className)} {...rest} />;
}
