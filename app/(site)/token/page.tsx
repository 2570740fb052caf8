import type { Metadata } from "next";
import { AddressRow } from "@/components/site/AddressRow";
import { CardGrid } from "@/components/site/CardGrid";
import { CtaPair } from "@/components/site/ContentCta";
import { CtaBand } from "@/components/site/CtaBand";
import { Figures } from "@/components/site/Figures";
import { Hero } from "@/components/site/Hero";
import { InlineText } from "@/components/site/InlineText";
import { Section } from "@/components/site/Section";
import { Badge } from "@/components/ui/Badge";
import { Card } from "@/components/ui/Card";
import { getTokenContent } from "@/lib/content/page-content";
import { fillTokens } from "@/lib/content/tokens";
import { ARBITRUM_ONE, ARBITRUM_SEPOLIA, type LiveDeployment } from "@/lib/deployments";
import { pageMetadata } from "@/lib/seo/metadata";

export function generateMetadata(): Metadata {
  const { seo } = getTokenContent();
  return pageMetadata({ title: seo.title, description: seo.description, path: "/token" });
}

type TokenContent = ReturnType<typeof getTokenContent>;
const CONTRACTS = ["token", "rewards", "pool", "factory"] as const;

/** One deployment's addresses: the data comes from lib/deployments.ts, every word around it from content. */
function DeploymentCard({ deployment, note, words }: { deployment: LiveDeployment; note: string; words: TokenContent["contracts"] }) {
  return (
    <Card>
      <div className="flex flex-wrap items-center gap-3">
        <h3 className="text-xl font-semibold">{deployment.name}</h3>
        <Badge tone={deployment.chainId === ARBITRUM_ONE.chainId ? "accent" : "neutral"}>{fillTokens(words.chainId, { chainId: deployment.chainId })}</Badge>
      </div>
      <p className="mt-2 text-sm text-muted">{note}</p>
      <dl className="mt-4">
        {CONTRACTS.map((key) => {
          const contract = words.names[key];
          return (
            <AddressRow
              key={key}
              label={contract}
              address={deployment[key]}
              explorer={deployment.explorer}
              explorerName={words.explorer}
              explorerLinkLabel={fillTokens(words.explorerLink, { contract, explorer: words.explorer })}
              copyLabel={fillTokens(words.copy.label, { contract })}
              copyStates={words.copy}
            />
          );
        })}
      </dl>
    </Card>
  );
}

/** The token page: its words are content/pages/token.yaml; addresses and chain ids are lib/deployments.ts. */
export default function TokenPage() {
  const c = getTokenContent();
  return (
    <>
      <Hero eyebrow={c.hero.eyebrow} title={c.hero.title} lead={<p><InlineText text={c.hero.lead} /></p>} actions={<CtaPair primary={c.hero.primaryCta} secondary={c.hero.secondaryCta} />} />

      <Section id="facts" eyebrow={c.facts.eyebrow} title={c.facts.title}>
        <Figures figures={c.facts.items} />
      </Section>

      <Section id="where" raised eyebrow={c.where.eyebrow} title={c.where.title} lead={<p><InlineText text={c.where.lead} /></p>}>
        <CardGrid cards={c.where.cards} headingClassName="text-lg font-semibold" />
      </Section>

      <Section id="contracts" eyebrow={c.contracts.eyebrow} title={c.contracts.title} lead={<p><InlineText text={c.contracts.lead} /></p>}>
        <div className="grid gap-6">
          <DeploymentCard deployment={ARBITRUM_ONE} note={c.contracts.mainnetNote} words={c.contracts} />
          <DeploymentCard deployment={ARBITRUM_SEPOLIA} note={c.contracts.testnetNote} words={c.contracts} />
        </div>
      </Section>

      <CtaBand title={c.closing.title} body={<p><InlineText text={c.closing.body} /></p>} actions={<CtaPair primary={c.closing.primaryCta} secondary={c.closing.secondaryCta} />} />
    </>
  );
}
