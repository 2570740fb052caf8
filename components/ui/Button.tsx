import type { AnchorHTMLAttributes, ButtonHTMLAttributes, ReactNode } from "react";
import { cx } from "./cx";

export type ButtonVariant = "primary" | "secondary" | "ghost";
export type ButtonSize = "sm" | "md" | "lg";

const base =
  "inline-flex items-center justify-center gap-2 rounded-full font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-50";
const variants: Record<ButtonVariant, string> = {
  primary: "bg-accent text-on-accent hover:bg-[#00d66f]",
  secondary: "border border-line text-fg hover:border-accent-fg",
  ghost: "text-accent-fg hover:underline underline-offset-4",
};
const sizes: Record<ButtonSize, string> = {
  sm: "min-h-9 px-3 text-sm",
  md: "min-h-10 px-4 text-sm",
  lg: "min-h-12 px-6 text-base",
};

/** Class string for anything that should look like a button (links, buttons, summaries). */
export function buttonClasses(variant: ButtonVariant = "primary", size: ButtonSize = "md", extra?: string): string {
  return cx(base, variants[variant], sizes[size], extra);
}

type LinkButtonProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  href: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** A call to action's id from content/: rendered as data-cta, whose clicks the funnel counts. */
  cta?: string;
  children: ReactNode;
};

/**
 * A plain <a> styled as a button: works without JavaScript and ships none. External links
 * (http/https) open in the same tab but carry rel="noopener noreferrer".
 */
export function LinkButton({ href, variant = "primary", size = "md", cta, className, children, ...rest }: LinkButtonProps) {
  const external = /^https?:\/\//.test(href);
  return (
    <a href={href} className={buttonClasses(variant, size, className)} {...(external ? { rel: "noopener noreferrer" } : {})} {...(cta ? { "data-cta": cta } : {})} {...rest}>
      {children}
    </a>
  );
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize };

export function Button({ variant = "primary", size = "md", className, type = "button", ...rest }: ButtonProps) {
  return <button type={type} className={buttonClasses(variant, size, className)} {...rest} />;
}
