import type { Metadata } from "next";
import { CardGrid } from "@/components/site/CardGrid";
import { CtaPair } from "@/components/site/ContentCta";
import { CtaBand } from "@/components/site/CtaBand";
import { Hero } from "@/components/site/Hero";
import { InlineText } from "@/components/site/InlineText";
import { Prose } from "@/components/site/Prose";
import { Section } from "@/components/site/Section";
import { getNetworkContent } from "@/lib/content/page-content";
import { pageMetadata } from "@/lib/seo/metadata";

export function generateMetadata(): Metadata {
  const { seo } = getNetworkContent();
  return pageMetadata({ title: seo.title, description: seo.description, path: "/network" });
}

/** The network explainer: its words are content/pages/network.yaml; this file is the layout. */
export default function NetworkPage() {
  const c = getNetworkContent();
  return (
    <>
      <Hero eyebrow={c.hero.eyebrow} title={c.hero.title} lead={<p><InlineText text={c.hero.lead} /></p>} actions={<CtaPair primary={c.hero.primaryCta} secondary={c.hero.secondaryCta} />} />

      <Section id="layers" eyebrow={c.layers.eyebrow} title={c.layers.title}>
        <CardGrid cards={c.layers.cards} columns={2} />
      </Section>

      <Section id="accountability" raised eyebrow={c.accountability.eyebrow} title={c.accountability.title} lead={<p><InlineText text={c.accountability.lead} /></p>}>
        <ul className="grid gap-4 md:grid-cols-3">
          {c.accountability.items.map((item) => (
            <li key={item.title} className="rounded-2xl border border-line bg-card p-6">
              <h3 className="font-semibold">{item.title}</h3>
              <p className="mt-2 text-muted">
                <InlineText text={item.body} />
              </p>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="arbitrum" eyebrow={c.chains.eyebrow} title={c.chains.title}>
        <Prose paragraphs={c.chains.paragraphs} />
      </Section>

      <CtaBand title={c.closing.title} body={<p><InlineText text={c.closing.body} /></p>} actions={<CtaPair primary={c.closing.primaryCta} secondary={c.closing.secondaryCta} />} />
    </>
  );
}
