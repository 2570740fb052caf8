import { AddressRow } from "@/components/site/AddressRow";
import { CtaBand } from "@/components/site/CtaBand";
import { Figures } from "@/components/site/Figures";
import { Hero } from "@/components/site/Hero";
import { Section } from "@/components/site/Section";
import { Badge } from "@/components/ui/Badge";
import { LinkButton } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { ARBITRUM_ONE, ARBITRUM_SEPOLIA, type LiveDeployment } from "@/lib/deployments";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata = pageMetadata({
  title: "The SESH token",
  description: "SESH is an ERC-20 token on Arbitrum with 9 decimals. It secures the Session Network through staking. Contract addresses and facts.",
  path: "/token",
});

const FACTS = [
  { label: "Ticker", value: "SESH", note: "Name on chain: Session Token" },
  { label: "Standard", value: "ERC-20", note: "On Arbitrum One, an Ethereum rollup" },
  { label: "Decimals", value: "9", note: "1 SESH = 1,000,000,000 atomic units" },
  { label: "Total supply", value: "240M", note: "240,000,000 SESH minted once at genesis on Ethereum" },
];

const CONTRACTS: { key: keyof Pick<LiveDeployment, "token" | "rewards" | "pool" | "factory">; label: string }[] = [
  { key: "token", label: "SESH token" },
  { key: "rewards", label: "Staking and rewards" },
  { key: "pool", label: "Reward pool" },
  { key: "factory", label: "Multi-contributor factory" },
];

function DeploymentCard({ deployment, note }: { deployment: LiveDeployment; note: string }) {
  return (
    <Card>
      <div className="flex flex-wrap items-center gap-3">
        <h3 className="text-xl font-semibold">{deployment.name}</h3>
        <Badge tone={deployment.chainId === ARBITRUM_ONE.chainId ? "accent" : "neutral"}>Chain ID {deployment.chainId}</Badge>
      </div>
      <p className="mt-2 text-sm text-muted">{note}</p>
      <dl className="mt-4">
        {CONTRACTS.map((c) => (
          <AddressRow key={c.key} label={c.label} address={deployment[c.key]} explorer={deployment.explorer} />
        ))}
      </dl>
    </Card>
  );
}

export default function TokenPage() {
  return (
    <>
      <Hero
        eyebrow="The SESH token"
        title="SESH secures the network that carries your private messages"
        lead={
          <p>
            SESH is the token of the Session Network. Node operators stake it to run the Session Nodes that store and route
            messages, and the network pays them rewards in SESH for doing that job well.
          </p>
        }
        actions={
          <>
            <LinkButton href="/stake" size="lg">
              Stake SESH
            </LinkButton>
            <LinkButton href="#contracts" variant="secondary" size="lg">
              Contract addresses
            </LinkButton>
          </>
        }
      />

      <Section id="facts" eyebrow="At a glance" title="An ERC-20 token on Arbitrum">
        <Figures figures={FACTS} />
      </Section>

      <Section
        id="where"
        raised
        eyebrow="Where things happen"
        title="Staking on Arbitrum, bookkeeping on the Session Network"
        lead={<p>SESH lives on Arbitrum One, an Ethereum rollup with low fees, so staking and claiming are ordinary token transactions.</p>}
      >
        <div className="grid gap-6 md:grid-cols-3">
          <Card>
            <h3 className="text-lg font-semibold">Staking</h3>
            <p className="mt-2 text-muted">
              Stakes are deposited into the staking contract on Arbitrum. A full node needs 25,000 SESH, from one operator or
              shared by up to ten contributors.
            </p>
          </Card>
          <Card>
            <h3 className="text-lg font-semibold">Witnessing</h3>
            <p className="mt-2 text-muted">
              The Session Network watches those registrations, admits the new node and keeps track of how every node
              performs: its rewards and its punishments.
            </p>
          </Card>
          <Card>
            <h3 className="text-lg font-semibold">Claiming</h3>
            <p className="mt-2 text-muted">
              The nodes jointly sign each staker&apos;s reward balance. The staker submits that signature on Arbitrum and
              receives the SESH in their wallet.
            </p>
          </Card>
        </div>
      </Section>

      <Section
        id="contracts"
        eyebrow="Contracts"
        title="Contract addresses"
        lead={
          <p>
            Always check an address against this page or a block explorer before you send tokens. Session will never ask
            you to send SESH to an address to &quot;activate&quot; or &quot;verify&quot; anything.
          </p>
        }
      >
        <div className="grid gap-6">
          <DeploymentCard deployment={ARBITRUM_ONE} note="The live network. Real SESH, real rewards." />
          <DeploymentCard deployment={ARBITRUM_SEPOLIA} note="The public test network. Test tokens with no value, for trying staking safely." />
        </div>
      </Section>

      <CtaBand
        title="Put your SESH to work"
        body={<p>Read how staking works, then stake from your wallet in a few minutes.</p>}
        actions={
          <>
            <LinkButton href="/stake" size="lg">
              Stake SESH
            </LinkButton>
            <LinkButton href="/staking" variant="secondary" size="lg">
              How staking works
            </LinkButton>
          </>
        }
      />
    </>
  );
}
