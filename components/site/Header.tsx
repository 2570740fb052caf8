import type { ReactNode } from "react";
import { LinkButton } from "@/components/ui/Button";
import { getSiteContent } from "@/lib/content/page-content";
import { Logo } from "./Logo";
import { ThemeToggle } from "./ThemeToggle";

type HeaderProps = {
  /**
   * Replaces the default "Stake" button on the right (the dApp puts its wallet button here).
   * Must not pull wallet code into marketing pages: only the staking layout passes it.
   */
  actions?: ReactNode;
};

/**
 * Site header: wordmark, main navigation, theme toggle and the Stake call to action, in the words of
 * content/site.yaml (the dApp's pages show the same header).
 * On small screens the navigation folds into a <details> menu: native keyboard support
 * (Enter/Space on the summary), works without JavaScript, ships none.
 */
export function Header({ actions }: HeaderProps) {
  const site = getSiteContent();
  const { header } = site;
  return (
    <header className="sticky top-0 z-40 border-b border-line bg-bg">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-2 px-4 sm:gap-4 sm:px-6">
        <a href="/" className="inline-flex min-h-11 min-w-11 items-center rounded-md" aria-label={header.homeLabel}>
          <Logo name={site.name} compact={Boolean(actions)} />
        </a>
        <nav aria-label={header.navLabel} className="ml-6 hidden md:block">
          <ul className="flex items-center gap-1">
            {header.links.map((l) => (
              <li key={l.href}>
                <a href={l.href} className="rounded-md px-3 py-2 text-sm font-medium text-muted hover:text-fg">
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex shrink-0 items-center gap-1.5 sm:gap-2">
          <ThemeToggle labels={header.theme} />
          {actions ?? (
            // the short text on phones, the full one from 640 px; screen readers always hear the full one
            <LinkButton href={header.stake.href} size="sm" aria-label={header.stake.full} className="min-h-11 sm:px-4">
              <span className="sm:hidden">{header.stake.short}</span>
              <span className="hidden sm:inline">{header.stake.full}</span>
            </LinkButton>
          )}
          <details className="group md:hidden">
            <summary className="inline-flex h-11 w-11 cursor-pointer items-center justify-center rounded-full border border-line text-fg hover:border-accent-fg" aria-label={header.menuLabel}>
              <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 shrink-0 group-open:hidden" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
                <path d="M4 7h16M4 12h16M4 17h16" />
              </svg>
              <svg aria-hidden="true" viewBox="0 0 24 24" className="hidden h-5 w-5 shrink-0 group-open:block" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
                <path d="M6 6l12 12M18 6L6 18" />
              </svg>
            </summary>
            <nav aria-label={header.mobileNavLabel} className="absolute inset-x-0 top-16 border-b border-line bg-bg px-4 pb-6 pt-2 shadow-lg">
              <ul className="flex flex-col">
                {header.links.map((l) => (
                  <li key={l.href}>
                    <a href={l.href} className="block rounded-md px-2 py-3 text-base font-medium text-fg hover:text-accent-fg">
                      {l.label}
                    </a>
                  </li>
                ))}
              </ul>
              <LinkButton href={header.stake.href} size="lg" className="mt-4 w-full">
                {header.stake.full}
              </LinkButton>
            </nav>
          </details>
        </div>
      </div>
    </header>
  );
}
