/**
 * The site's wordmark (its name from content/site.yaml) with a simple mark (our own drawing, not Session's logo file). `compact`:
 * the mark alone below 640 px (the dApp's header needs the room for the wallet).
 */
export function Logo({ name, compact = false }: { name: string; compact?: boolean }) {
  return (
    <span className="inline-flex items-center gap-2 font-bold tracking-tight text-fg">
      <svg aria-hidden="true" viewBox="0 0 32 32" className="h-7 w-7 shrink-0">
        <rect width="32" height="32" rx="9" fill="#00f782" />
        <path d="M10 12.5c0-2 1.6-3.5 3.6-3.5H22v3h-8.2c-.4 0-.8.3-.8.7s.4.8.8.8h4.6c2 0 3.6 1.6 3.6 3.6S20.4 20.5 18.4 20.5H10v-3h8.4c.4 0 .7-.3.7-.7s-.3-.7-.7-.7h-4.8c-2 0-3.6-1.6-3.6-3.6z" fill="#04130b" />
      </svg>
      <span className={compact ? "hidden whitespace-nowrap sm:inline" : "whitespace-nowrap"}>{name}</span>
    </span>
  );
}
