import { InlineText } from "./InlineText";

export type Step = { title: string; body: string };

/** Numbered steps as an ordered list (the order matters, screen readers announce it). */
export function Steps({ steps }: { steps: readonly Step[] }) {
  return (
    <ol className="grid gap-6 md:grid-cols-3">
      {steps.map((s, i) => (
        <li key={s.title} className="rounded-2xl border border-line bg-card p-6">
          <span aria-hidden="true" className="flex h-10 w-10 items-center justify-center rounded-full bg-accent font-bold text-on-accent">
            {i + 1}
          </span>
          <h3 className="mt-4 text-xl font-semibold">{s.title}</h3>
          <p className="mt-2 text-muted">
            <InlineText text={s.body} />
          </p>
        </li>
      ))}
    </ol>
  );
}
