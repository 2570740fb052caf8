import { CtaBand } from "@/components/site/CtaBand";
import { Hero } from "@/components/site/Hero";
import { Section } from "@/components/site/Section";
import { LinkButton } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata = pageMetadata({
  title: "The Session Network",
  description: "Session Nodes store and onion-route Session messages. A workchain run by the nodes tracks registrations, rewards and punishments.",
  path: "/network",
});

const LAYERS = [
  {
    title: "Session Nodes",
    body: "Independent servers run by people around the world. They hold messages for offline recipients in small groups called swarms and relay traffic for everyone else. Each one is backed by a 25,000 SESH stake.",
  },
  {
    title: "The workchain",
    body: "The nodes keep a shared ledger of their own. It witnesses stakes registered on Arbitrum, admits new nodes, checks that every node answers when tested, and tracks each node's rewards and punishments.",
  },
  {
    title: "Onion routing",
    body: "A message travels through three randomly chosen nodes. Each hop only knows the one before and the one after, so no node sees both who sent a message and where it goes.",
  },
  {
    title: "Lokinet",
    body: "An onion router at the network layer, built on the same nodes. Its client is being rebuilt, a step towards onion-routed voice and video calls.",
  },
];

export default function NetworkPage() {
  return (
    <>
      <Hero
        eyebrow="The Session Network"
        title="No central server. A network of nodes, none of which can read you."
        lead={
          <p>
            Session messages never pass through a company&apos;s server. They travel over a decentralised network of
            Session Nodes run by independent operators, each with SESH at stake.
          </p>
        }
        actions={
          <>
            <LinkButton href="/staking" size="lg">
              Run or back a node
            </LinkButton>
            <LinkButton href="/token" variant="secondary" size="lg">
              About SESH
            </LinkButton>
          </>
        }
      />

      <Section id="layers" eyebrow="How it fits together" title="Four parts, one private network">
        <div className="grid gap-6 md:grid-cols-2">
          {LAYERS.map((l) => (
            <Card key={l.title}>
              <h3 className="text-xl font-semibold">{l.title}</h3>
              <p className="mt-2 text-muted">{l.body}</p>
            </Card>
          ))}
        </div>
      </Section>

      <Section
        id="accountability"
        raised
        eyebrow="Why stake at all"
        title="A stake makes every node accountable"
        lead={
          <p>
            Anyone can run a server; not everyone runs it well. Staking gives each node something to lose, and the
            workchain decides, by the nodes&apos; own tests of each other, who earns and who is punished.
          </p>
        }
      >
        <ul className="grid gap-4 md:grid-cols-3">
          <li className="rounded-2xl border border-line bg-card p-6">
            <h3 className="font-semibold">Rewards for service</h3>
            <p className="mt-2 text-muted">Nodes that stay online and answer their peers share the rewards released from the reward pool.</p>
          </li>
          <li className="rounded-2xl border border-line bg-card p-6">
            <h3 className="font-semibold">Penalties for failure</h3>
            <p className="mt-2 text-muted">
              A node that keeps failing tests is decommissioned, then deregistered; its stake stays locked for a while
              before it can be withdrawn.
            </p>
          </li>
          <li className="rounded-2xl border border-line bg-card p-6">
            <h3 className="font-semibold">Sybil resistance</h3>
            <p className="mt-2 text-muted">
              Controlling a large share of the network would take a large share of all staked SESH, which makes surveillance
              by flooding the network with nodes expensive.
            </p>
          </li>
        </ul>
      </Section>

      <Section id="arbitrum" eyebrow="Two chains, two jobs" title="Arbitrum holds the money, the workchain keeps the score">
        <div className="prose-site max-w-3xl">
          <p>
            Stakes, rewards claims and exits are transactions on Arbitrum One, where SESH lives. The workchain does not hold
            tokens: it governs the network, witnesses registrations from Arbitrum, and tracks what each node and contributor has
            earned. When you claim, the nodes sign your balance together and the Arbitrum contract checks that signature before
            paying out.
          </p>
          <p>
            Registrations made on Arbitrum are already being witnessed and replicated on the workchain in a test environment;
            the <a href="/blog">blog</a> follows that work.
          </p>
        </div>
      </Section>

      <CtaBand
        title="Help run the network"
        body={<p>Stake a full node yourself or join others in a shared one.</p>}
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
