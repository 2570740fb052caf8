import type { ReactNode } from "react";

type HeroProps = {
  eyebrow?: string;
  title: string;
  lead: ReactNode;
  /** Call-to-action links (LinkButtons). */
  actions?: ReactNode;
  /** Extra content under the actions (a note, badges). */
  children?: ReactNode;
};

/** The page's top block with its single h1. */
export function Hero({ eyebrow, title, lead, actions, children }: HeroProps) {
  return (
    <section className="relative overflow-hidden border-b border-line">
      {/* soft green glow: a plain gradient, no CSS blur filter (filters are slow to paint on phones) */}
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-x-0 top-0 h-[32rem]"
        style={{ background: "radial-gradient(ellipse 60% 55% at 50% -10%, rgba(0,247,130,0.16), transparent 70%)" }}
      />
      <div className="relative mx-auto max-w-6xl px-4 pb-16 pt-16 sm:px-6 sm:pb-24 sm:pt-24">
        {eyebrow && <p className="text-sm font-semibold uppercase tracking-wider text-accent-fg">{eyebrow}</p>}
        <h1 className="mt-3 max-w-4xl text-4xl font-extrabold leading-tight tracking-tight sm:text-6xl">{title}</h1>
        <div className="mt-6 max-w-2xl text-lg text-muted sm:text-xl">{lead}</div>
        {actions && <div className="mt-8 flex flex-wrap gap-3">{actions}</div>}
        {children}
      </div>
    </section>
  );
}
