import type { Metadata } from "next";
import { CardGrid } from "@/components/site/CardGrid";
import { CtaPair } from "@/components/site/ContentCta";
import { CtaBand } from "@/components/site/CtaBand";
import { Hero } from "@/components/site/Hero";
import { InlineText } from "@/components/site/InlineText";
import { Prose } from "@/components/site/Prose";
import { Section } from "@/components/site/Section";
import { Steps } from "@/components/site/Steps";
import { getStakingContent } from "@/lib/content/page-content";
import { pageMetadata } from "@/lib/seo/metadata";

export function generateMetadata(): Metadata {
  const { seo } = getStakingContent();
  return pageMetadata({ title: seo.title, description: seo.description, path: "/staking" });
}

/** The staking explainer: its words are content/pages/staking.yaml; this file is the layout. */
export default function StakingPage() {
  const c = getStakingContent();
  const { table } = c.exits;
  return (
    <>
      <Hero eyebrow={c.hero.eyebrow} title={c.hero.title} lead={<p><InlineText text={c.hero.lead} /></p>} actions={<CtaPair primary={c.hero.primaryCta} secondary={c.hero.secondaryCta} />} />

      <Section id="how" eyebrow={c.how.eyebrow} title={c.how.title}>
        <Steps steps={c.how.steps} />
      </Section>

      <Section id="node-types" raised eyebrow={c.nodeTypes.eyebrow} title={c.nodeTypes.title} lead={<p><InlineText text={c.nodeTypes.lead} /></p>}>
        <CardGrid cards={c.nodeTypes.cards} columns={2} />
      </Section>

      <Section id="operators" eyebrow={c.operators.eyebrow} title={c.operators.title}>
        <Prose paragraphs={c.operators.paragraphs} />
      </Section>

      <Section id="rewards" raised eyebrow={c.rewards.eyebrow} title={c.rewards.title}>
        <Prose paragraphs={c.rewards.paragraphs} />
      </Section>

      <Section id="exits" eyebrow={c.exits.eyebrow} title={c.exits.title} lead={<p><InlineText text={c.exits.lead} /></p>}>
        <div className="overflow-x-auto rounded-2xl border border-line">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <caption className="sr-only">{table.caption}</caption>
            <thead className="bg-bg-raised">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">{table.when}</th>
                <th scope="col" className="px-4 py-3 font-semibold">{table.wait}</th>
                <th scope="col" className="px-4 py-3 font-semibold">{table.then}</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.when} className="border-t border-line align-top">
                  <th scope="row" className="px-4 py-3 font-medium">{row.when}</th>
                  <td className="whitespace-nowrap px-4 py-3 font-semibold text-accent-fg">{row.wait}</td>
                  <td className="px-4 py-3 text-muted">
                    <InlineText text={row.then} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section id="risks" raised eyebrow={c.risks.eyebrow} title={c.risks.title}>
        <ul className="grid max-w-3xl gap-3">
          {c.risks.items.map((risk) => (
            <li key={risk} className="flex gap-3 rounded-xl border border-line bg-card p-4">
              <span aria-hidden="true" className="mt-0.5 font-bold text-accent-fg">!</span>
              <span>
                <InlineText text={risk} />
              </span>
            </li>
          ))}
        </ul>
      </Section>

      <CtaBand title={c.closing.title} body={<p><InlineText text={c.closing.body} /></p>} actions={<CtaPair primary={c.closing.primaryCta} secondary={c.closing.secondaryCta} />} />
    </>
  );
}
