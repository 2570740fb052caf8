import type { Metadata } from "next";
import { Footer } from "@/components/site/Footer";
import { Header } from "@/components/site/Header";
import { LinkButton } from "@/components/ui/Button";
import { getNotFoundContent } from "@/lib/content/page-content";

export function generateMetadata(): Metadata {
  const { seo } = getNotFoundContent();
  return { title: seo.title, description: seo.description, robots: { index: false } };
}

/**
 * The 404 page, in the site's frame (rendered by the root layout, so it mounts header and footer).
 * Its words are content/pages/not-found.yaml.
 */
export default function NotFound() {
  const c = getNotFoundContent();
  return (
    <>
      <Header />
      <main id="main" tabIndex={-1} className="flex-1 outline-none">
        <section className="mx-auto max-w-3xl px-4 py-24 text-center sm:px-6">
          <p className="font-mono text-sm font-semibold text-accent-fg">{c.eyebrow}</p>
          <h1 className="mt-3 text-4xl font-bold tracking-tight sm:text-5xl">{c.title}</h1>
          <p className="mx-auto mt-4 max-w-xl text-lg text-muted">{c.lead}</p>
          <ul className="mt-8 flex flex-wrap justify-center gap-3">
            {c.suggestions.map((s) => (
              <li key={s.href}>
                <LinkButton href={s.href} variant="secondary">
                  {s.label}
                </LinkButton>
              </li>
            ))}
          </ul>
          <LinkButton href={c.home.href} size="lg" className="mt-10">
            {c.home.label}
          </LinkButton>
        </section>
      </main>
      <Footer />
    </>
  );
}
