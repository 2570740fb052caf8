/** One key figure, large, with its label (and an optional note), for posts and pages. */
export function Stat({ value, label, note }: { value: string; label: string; note?: string }) {
  return (
    <div className="mdx-block rounded-2xl border border-line bg-card px-6 py-5">
      <p className="text-3xl font-extrabold tracking-tight text-accent-fg sm:text-4xl">{value}</p>
      <p className="mt-1 font-semibold">{label}</p>
      {note && <p className="mt-1 text-sm text-muted">{note}</p>}
    </div>
  );
}
