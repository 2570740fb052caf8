import type { Metadata } from "next";
import { CardGrid } from "@/components/site/CardGrid";
import { ContentCta, CtaPair } from "@/components/site/ContentCta";
import { CtaBand } from "@/components/site/CtaBand";
import { Figures } from "@/components/site/Figures";
import { Hero } from "@/components/site/Hero";
import { Section } from "@/components/site/Section";
import { Steps } from "@/components/site/Steps";
import { getHomeContent } from "@/lib/content/page-content";
import { pageMetadata } from "@/lib/seo/metadata";

export function generateMetadata(): Metadata {
  const { seo } = getHomeContent();
  return {
    ...pageMetadata({ title: seo.title, description: seo.description, path: "/" }),
    // the home page's title is whole, without the " | Session Token" the other pages get
    title: { absolute: seo.title },
  };
}

/**
 * The conversion funnel. Every word and figure comes from content/home.yaml (marketers edit it);
 * this file only decides the order and look: hero -> value -> three steps -> figures -> operators
 * -> closing call to action. All calls to action are plain links; each carries its content id
 * (data-cta) so the funnel can count which one was clicked (components/site/FunnelBeacon).
 */
export default function HomePage() {
  const home = getHomeContent();
  return (
    <>
      <Hero eyebrow={home.hero.eyebrow} title={home.hero.title} lead={<p>{home.hero.lead}</p>} actions={<CtaPair primary={home.hero.primaryCta} secondary={home.hero.secondaryCta} />} />

      <Section id="value" title={home.value.title} lead={<p>{home.value.lead}</p>}>
        <CardGrid cards={home.value.points} />
      </Section>

      <Section id="how-staking-works" raised title={home.steps.title}>
        <Steps steps={home.steps.items} />
        <ContentCta cta={home.steps.cta} variant="ghost" size="md" arrow className="mt-8 px-0" />
      </Section>

      <Section id="figures" title={home.figures.title}>
        {/* the figures are content today; the live-figures work passes their values here */}
        <Figures figures={home.figures.items} />
      </Section>

      <Section id="operators" raised title={home.operator.title}>
        <div className="flex flex-col gap-6 md:flex-row md:items-end md:justify-between">
          <p className="max-w-2xl text-lg text-muted">{home.operator.body}</p>
          <ContentCta cta={home.operator.cta} variant="secondary" className="shrink-0" />
        </div>
      </Section>

      <CtaBand title={home.closing.title} body={<p>{home.closing.body}</p>} actions={<CtaPair primary={home.closing.primaryCta} secondary={home.closing.secondaryCta} />} />
    </>
  );
}
