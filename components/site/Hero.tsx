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
      {/* soft green glow, decorative */}
      <div
        aria-hidden="true"
        className="pointer-events-none absolute -top-40 left-1/2 h-[28rem] w-[40rem] max-w-[120vw] -translate-x-1/2 rounded-full opacity-25 blur-3xl"
        style={{ background: "radial-gradient(closest-side, #00f782, transparent)" }}
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
