import type { Metadata } from "next";
import { Footer } from "@/components/site/Footer";
import { Header } from "@/components/site/Header";
import { LinkButton } from "@/components/ui/Button";

export const metadata: Metadata = {
  title: "Page not found",
  description: "This page does not exist. Find your way back to the Session Token site.",
  robots: { index: false },
};

const SUGGESTIONS = [
  { href: "/staking", label: "How staking works" },
  { href: "/token", label: "The SESH token" },
  { href: "/blog", label: "Latest news" },
  { href: "/faq", label: "Questions and answers" },
];

/** The 404 page, in the site's frame (rendered by the root layout, so it mounts header and footer). */
export default function NotFound() {
  return (
    <>
      <Header />
      <main id="main" tabIndex={-1} className="flex-1 outline-none">
        <section className="mx-auto max-w-3xl px-4 py-24 text-center sm:px-6">
          <p className="font-mono text-sm font-semibold text-accent-fg">404</p>
          <h1 className="mt-3 text-4xl font-bold tracking-tight sm:text-5xl">This page went off the network</h1>
          <p className="mx-auto mt-4 max-w-xl text-lg text-muted">
            The link may be old or mistyped. These pages are still here:
          </p>
          <ul className="mt-8 flex flex-wrap justify-center gap-3">
            {SUGGESTIONS.map((s) => (
              <li key={s.href}>
                <LinkButton href={s.href} variant="secondary">
                  {s.label}
                </LinkButton>
              </li>
            ))}
          </ul>
          <LinkButton href="/" size="lg" className="mt-10">
            Back to the home page
          </LinkButton>
        </section>
      </main>
      <Footer />
    </>
  );
}
