import { LinkButton } from "@/components/ui/Button";

/**
 * A call to action inside an article: a plain link styled as a button (no JavaScript). `id` names
 * it in the funnel report (content:check requires one, unique across the site); it becomes the
 * link's data-cta, not its HTML id, so it can never clash with a heading's anchor.
 */
export function CtaButton({ id, href, label, variant = "primary" }: { id: string; href: string; label: string; variant?: "primary" | "secondary" }) {
  return (
    <div>
      <LinkButton href={href} variant={variant} size="lg" cta={id} className={variant === "primary" ? "mdx-cta" : "mdx-cta mdx-cta-secondary"}>
        {label}
      </LinkButton>
    </div>
  );
}
