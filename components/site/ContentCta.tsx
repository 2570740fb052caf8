import { LinkButton, type ButtonSize, type ButtonVariant } from "@/components/ui/Button";

/** A button from content/; with an id, the funnel counts its clicks (data-cta). */
export type Cta = { id?: string; label: string; href: string };

/** A call to action from content/: a plain link styled as a button, counted by the funnel under its id when it has one. */
export function ContentCta({ cta, variant, size = "lg", arrow = false, className }: { cta: Cta; variant?: ButtonVariant; size?: ButtonSize; arrow?: boolean; className?: string }) {
  return (
    <LinkButton href={cta.href} cta={cta.id} variant={variant} size={size} className={className}>
      {cta.label}
      {arrow && <span aria-hidden="true">→</span>}
    </LinkButton>
  );
}

/** The pair of calls to action every hero and closing band has: the main one, then the second. */
export function CtaPair({ primary, secondary }: { primary: Cta; secondary: Cta }) {
  return (
    <>
      <ContentCta cta={primary} />
      <ContentCta cta={secondary} variant="secondary" />
    </>
  );
}
