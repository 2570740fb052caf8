import { CtaBand } from "@/components/site/CtaBand";
import { Figures } from "@/components/site/Figures";
import { Hero } from "@/components/site/Hero";
import { Section } from "@/components/site/Section";
import { Steps } from "@/components/site/Steps";
import { LinkButton } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { getHomeContent } from "@/lib/content/home";
import { pageMetadata } from "@/lib/seo/metadata";
import { SITE_DESCRIPTION, SITE_NAME } from "@/lib/site";

export const metadata = {
  ...pageMetadata({ title: SITE_NAME, description: SITE_DESCRIPTION, path: "/" }),
  // the home page shows the layout's default title, not "Session Token | Session Token"
  title: { absolute: `${SITE_NAME}: stake SESH, power private messaging` },
};

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
      <Hero
        eyebrow={home.hero.eyebrow}
        title={home.hero.title}
        lead={<p>{home.hero.lead}</p>}
        actions={
          <>
            <LinkButton href={home.hero.primaryCta.href} cta={home.hero.primaryCta.id} size="lg">
              {home.hero.primaryCta.label}
            </LinkButton>
            <LinkButton href={home.hero.secondaryCta.href} cta={home.hero.secondaryCta.id} variant="secondary" size="lg">
              {home.hero.secondaryCta.label}
            </LinkButton>
          </>
        }
      />

      <Section id="value" title={home.value.title} lead={<p>{home.value.lead}</p>}>
        <div className="grid gap-6 md:grid-cols-3">
          {home.value.points.map((p) => (
            <Card key={p.title}>
              <h3 className="text-xl font-semibold">{p.title}</h3>
              <p className="mt-2 text-muted">{p.body}</p>
            </Card>
          ))}
        </div>
      </Section>

      <Section id="how-staking-works" raised title={home.steps.title}>
        <Steps steps={home.steps.items} />
        <LinkButton href={home.steps.cta.href} cta={home.steps.cta.id} variant="ghost" className="mt-8 px-0">
          {home.steps.cta.label} <span aria-hidden="true">→</span>
        </LinkButton>
      </Section>

      <Section id="figures" title={home.figures.title}>
        <Figures figures={home.figures.items} />
      </Section>

      <Section id="operators" raised title={home.operator.title}>
        <div className="flex flex-col gap-6 md:flex-row md:items-end md:justify-between">
          <p className="max-w-2xl text-lg text-muted">{home.operator.body}</p>
          <LinkButton href={home.operator.cta.href} cta={home.operator.cta.id} variant="secondary" size="lg" className="shrink-0">
            {home.operator.cta.label}
          </LinkButton>
        </div>
      </Section>

      <CtaBand
        title={home.closing.title}
        body={<p>{home.closing.body}</p>}
        actions={
          <>
            <LinkButton href={home.closing.primaryCta.href} cta={home.closing.primaryCta.id} size="lg">
              {home.closing.primaryCta.label}
            </LinkButton>
            <LinkButton href={home.closing.secondaryCta.href} cta={home.closing.secondaryCta.id} variant="secondary" size="lg">
              {home.closing.secondaryCta.label}
            </LinkButton>
          </>
        }
      />
    </>
  );
}
