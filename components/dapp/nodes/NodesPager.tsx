import Link from "next/link";
import { registryHref, type RegistryQuery } from "@/lib/staking/node-registry";

const BUTTON = "rounded-full border border-line px-4 py-2";

/** Previous / next as links to the server-rendered pages (the filter is kept in the URL). */
export function NodesPager({ query, page, pages }: { query: RegistryQuery; page: number; pages: number }) {
  const to = (p: number) => registryHref({ ...query, page: p });
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={to(page - 1)} className={BUTTON}>
          Previous
        </Link>
      ) : (
        <span aria-disabled="true" className={`${BUTTON} opacity-40`}>
          Previous
        </span>
      )}
      <span data-testid="nodes-page">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={to(page + 1)} className={BUTTON}>
          Next
        </Link>
      ) : (
        <span aria-disabled="true" className={`${BUTTON} opacity-40`}>
          Next
        </span>
      )}
    </nav>
  );
}
