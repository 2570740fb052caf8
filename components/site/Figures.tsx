export type Figure = { label: string; value: string; note?: string };

/** Key figures as a description list: value large, label and note below. */
export function Figures({ figures }: { figures: readonly Figure[] }) {
  return (
    <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {figures.map((f) => (
        <div key={f.label} className="flex flex-col rounded-2xl border border-line bg-card p-6">
          <dt className="order-2 mt-2 text-sm font-medium text-muted">{f.label}</dt>
          <dd className="order-1 text-3xl font-bold tracking-tight text-fg">{f.value}</dd>
          {f.note && <dd className="order-3 mt-1 text-xs text-muted">{f.note}</dd>}
        </div>
      ))}
    </dl>
  );
}
