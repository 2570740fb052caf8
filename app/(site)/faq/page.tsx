import type { Metadata } from "next";
import { MdxContent } from "@/components/mdx/MdxContent";
import { getFaq } from "@/lib/content/faq";
import { JsonLd, faqJsonLd } from "@/lib/seo/jsonld";
import { pageMetadata } from "@/lib/seo/metadata";

/** Questions, answers and every word around them live in content/faq.mdx. */
export function generateMetadata(): Metadata {
  const faq = getFaq();
  return pageMetadata({ title: faq.seoTitle, description: faq.description, path: "/faq" });
}

export default function FaqPage() {
  const faq = getFaq();
  return (
    <>
      <JsonLd data={faqJsonLd(faq.entries)} />
      <div className="mx-auto max-w-3xl px-4 pb-16 pt-14 sm:px-6 sm:pt-20">
        <p className="text-sm font-semibold uppercase tracking-wider text-accent-fg">{faq.eyebrow}</p>
        <h1 className="mt-2 text-4xl font-extrabold tracking-tight sm:text-5xl">{faq.title}</h1>
        <p className="mt-4 text-lg text-muted">{faq.description}</p>
        <nav aria-label={faq.questionsLabel} className="mt-8 rounded-2xl border border-line bg-card p-6">
          <ol className="list-decimal space-y-2 pl-5">
            {faq.entries.map((e) => (
              <li key={e.id}>
                <a href={`#${e.id}`} className="text-accent-fg underline-offset-4 hover:underline">
                  {e.question}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <div className="mt-12 space-y-12">
          {faq.entries.map((e) => (
            <section key={e.id} id={e.id} aria-labelledby={`${e.id}-q`} className="scroll-mt-20">
              <h2 id={`${e.id}-q`} className="text-2xl font-bold leading-snug">
                {e.question}
              </h2>
              <MdxContent source={e.answerMdx} className="mt-3" />
            </section>
          ))}
        </div>
      </div>
    </>
  );
}
