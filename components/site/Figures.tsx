import { fillTokens, type TokenValues } from "@/lib/content/tokens";

export type Figure = { label: string; value: string; note?: string };

/**
 * Key figures as a description list: value large, label and note below. `live` holds the figures
 * read from the chain or the backend; a placeholder without one shows its fallback from content.
 */
export function Figures({ figures, live }: { figures: readonly Figure[]; live?: TokenValues }) {
  return (
    <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {figures.map((f) => (
        <div key={f.label} className="flex flex-col rounded-2xl border border-line bg-card p-6">
          <dt className="order-2 mt-2 text-sm font-medium text-muted">{f.label}</dt>
          <dd className="order-1 text-3xl font-bold tracking-tight text-fg">{fillTokens(f.value, live)}</dd>
          {f.note && <dd className="order-3 mt-1 text-xs text-muted">{fillTokens(f.note, live)}</dd>}
        </div>
      ))}
    </dl>
  );
}
