import type { ReactNode } from "react";
import { LinkButton } from "@/components/ui/Button";

/** A call to action inside an article: a plain link styled as a button (no JavaScript). */
export function CtaButton({ href, variant = "primary", children }: { href: string; variant?: "primary" | "secondary"; children?: ReactNode }) {
  return (
    <div>
      <LinkButton href={href} variant={variant} size="lg" className={variant === "primary" ? "mdx-cta" : "mdx-cta mdx-cta-secondary"}>
        {children}
      </LinkButton>
    </div>
  );
}
