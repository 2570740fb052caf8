import type { ReactNode } from "react";

/** A closing call-to-action band: heading, a sentence, and link buttons. */
export function CtaBand({ title, body, actions }: { title: string; body?: ReactNode; actions: ReactNode }) {
  return (
    <section className="mx-auto mt-8 max-w-6xl px-4 sm:px-6">
      <div className="rounded-3xl border border-line bg-card px-6 py-12 text-center sm:px-12">
        <h2 className="text-3xl font-bold tracking-tight">{title}</h2>
        {body && <div className="mx-auto mt-3 max-w-2xl text-lg text-muted">{body}</div>}
        <div className="mt-8 flex flex-wrap justify-center gap-3">{actions}</div>
      </div>
    </section>
  );
}
