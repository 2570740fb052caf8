import { getSiteContent } from "@/lib/content/page-content";
import { fillTokens } from "@/lib/content/tokens";
import { Logo } from "./Logo";

/** The site's footer, in the words of content/site.yaml (the dApp's pages show it too). */
export function Footer() {
  const site = getSiteContent();
  const { footer } = site;
  return (
    <footer className="mt-24 border-t border-line bg-bg-raised">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-12 sm:px-6 md:grid-cols-[1.5fr_repeat(3,1fr)]">
        <div>
          <Logo name={site.name} />
          <p className="mt-3 max-w-xs text-sm text-muted">{footer.blurb}</p>
          <ul className="mt-4 flex flex-wrap gap-x-4 gap-y-2 text-sm">
            {footer.social.map((l) => (
              <li key={l.href}>
                <a href={l.href} rel="noopener noreferrer" className="text-muted underline-offset-4 hover:text-fg hover:underline">
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
        {footer.groups.map((group) => (
          <nav key={group.title} aria-label={group.title}>
            <h2 className="text-sm font-semibold text-fg">{group.title}</h2>
            <ul className="mt-3 space-y-2 text-sm">
              {group.links.map((l) => (
                <li key={l.href}>
                  <a href={l.href} className="text-muted underline-offset-4 hover:text-fg hover:underline">
                    {l.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ))}
      </div>
      <p className="mx-auto max-w-6xl px-4 pb-10 text-xs text-muted sm:px-6">
        {fillTokens(footer.smallPrint, { year: new Date().getFullYear(), site: site.name })}
      </p>
    </footer>
  );
}
