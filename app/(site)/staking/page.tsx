import { CtaBand } from "@/components/site/CtaBand";
import { Hero } from "@/components/site/Hero";
import { Section } from "@/components/site/Section";
import { Steps } from "@/components/site/Steps";
import { LinkButton } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata = pageMetadata({
  title: "How staking works",
  description: "Stake SESH in a solo or shared Session Node: requirements, operator fees, minimum contributions, rewards, exits and the risks.",
  path: "/staking",
});

const STEPS = [
  { title: "Choose a node", body: "Run your own node, or pick a shared node that is open for contributions and whose operator and fee you trust." },
  { title: "Stake from your wallet", body: "Connect a wallet on Arbitrum One, approve the exact amount of SESH and sign the staking transaction." },
  { title: "Earn and claim", body: "Once the node is running, rewards accrue to you on the Session Network. Claim them to your wallet whenever you like." },
];

/** Waiting times on Arbitrum One (spec §6.4); the public testnet uses shorter ones. */
const WAITS = [
  { when: "You request an exit", wait: "14 days", then: "The node keeps working, and earning, until it leaves the network. Then the stake is returned through the rewards balance." },
  { when: "A node is deregistered for poor service", wait: "30 days", then: "The stake stays locked for 30 days before it can be claimed back." },
  { when: "A small contributor (under 25% of the node) wants to leave", wait: "30 days", then: "Small contributors can only request an exit once their node has run for 30 days." },
  { when: "A shared node has not filled yet", wait: "24 hours", then: "Contributors can withdraw 24 hours after their last contribution; the operator can cancel at any time and refund everyone." },
];

const RISKS = [
  "The price of SESH can fall. Rewards are paid in SESH, so their value moves with the token.",
  "Stakes are locked. You cannot sell staked SESH until the exit waiting time has passed.",
  "An unreliable operator costs you: if the node is deregistered, part of the stake can be lost through liquidation and the rest stays locked for 30 days.",
  "Smart contracts can have bugs. The contracts have been reviewed, but no software is risk-free.",
  "Only use this site's addresses and links. Scammers imitate staking pages and ask you to approve or send tokens.",
];

export default function StakingPage() {
  return (
    <>
      <Hero
        eyebrow="Staking explained"
        title="Stake SESH, keep the network running, earn rewards"
        lead={
          <p>
            Each Session Node is backed by 25,000 SESH. You can put up the whole stake and run a node yourself, or contribute
            part of a node that an operator runs. Here is everything you need to know before you start.
          </p>
        }
        actions={
          <>
            <LinkButton href="/stake" size="lg">
              Start staking
            </LinkButton>
            <LinkButton href="#risks" variant="secondary" size="lg">
              Read the risks
            </LinkButton>
          </>
        }
      />

      <Section id="how" eyebrow="In three steps" title="How staking works">
        <Steps steps={STEPS} />
      </Section>

      <Section
        id="node-types"
        raised
        eyebrow="Solo or shared"
        title="Two ways to stake"
        lead={<p>Both kinds of node do the same work and earn at the same rate per SESH staked.</p>}
      >
        <div className="grid gap-6 md:grid-cols-2">
          <Card>
            <h3 className="text-xl font-semibold">Solo node</h3>
            <p className="mt-2 text-muted">
              One operator stakes the full 25,000 SESH, runs the server and keeps all of the node&apos;s rewards. It suits
              people comfortable running a Linux server around the clock.
            </p>
          </Card>
          <Card>
            <h3 className="text-xl font-semibold">Multi-contributor node</h3>
            <p className="mt-2 text-muted">
              An operator runs the server and stakes at least a quarter (6,250 SESH). Up to nine other contributors fill the
              rest. The node starts once the full 25,000 SESH is in. Rewards are shared in proportion to each stake, after the
              operator&apos;s fee.
            </p>
          </Card>
        </div>
      </Section>

      <Section id="operators" eyebrow="Operators and contributors" title="Operator fee and minimum contributions">
        <div className="prose-site max-w-3xl">
          <p>
            The <strong>operator fee</strong> is a percentage of the node&apos;s rewards that the operator keeps for running the
            server, set when the node is created (anywhere from 0 % to 100 %). Contributors receive the rest, split by stake. Check
            the fee before you contribute: it cannot be raised on you once you are in.
          </p>
          <p>
            The <strong>minimum contribution</strong> keeps a node from running out of room before it is full. The operator puts
            in at least 25 % of the stake. After that, each new contributor must bring at least the remaining amount divided by
            the number of places left. For example, with 15,000 SESH still needed and 6 places left, the minimum is 2,500 SESH.
            Operators can also reserve places, with set amounts, for contributors they know.
          </p>
        </div>
      </Section>

      <Section id="rewards" raised eyebrow="Rewards" title="How rewards are earned and claimed">
        <div className="prose-site max-w-3xl">
          <p>
            Rewards come from the reward pool, which releases about 15.1 % of its balance per year, simple rate, to the nodes of the
            network. The workchain credits them to each node&apos;s contributors as blocks are produced, roughly every two
            minutes.
          </p>
          <p>
            Rewards are not sent to you automatically. When you claim, the Session Nodes sign your current balance together and you
            submit that signature in one Arbitrum transaction, which pays out everything not yet claimed. You pay only the Arbitrum
            network fee. A network-wide cap limits how much can be claimed in each 12-hour period; if it is reached, claim again
            in the next period.
          </p>
        </div>
      </Section>

      <Section
        id="exits"
        eyebrow="Exits"
        title="Leaving, and how long it takes"
        lead={<p>Staked SESH is locked while the node runs. These are the waiting times on Arbitrum One.</p>}
      >
        <div className="overflow-x-auto rounded-2xl border border-line">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <caption className="sr-only">Exit waiting times</caption>
            <thead className="bg-bg-raised">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">When</th>
                <th scope="col" className="px-4 py-3 font-semibold">Wait</th>
                <th scope="col" className="px-4 py-3 font-semibold">What happens</th>
              </tr>
            </thead>
            <tbody>
              {WAITS.map((w) => (
                <tr key={w.when} className="border-t border-line align-top">
                  <th scope="row" className="px-4 py-3 font-medium">{w.when}</th>
                  <td className="whitespace-nowrap px-4 py-3 font-semibold text-accent-fg">{w.wait}</td>
                  <td className="px-4 py-3 text-muted">{w.then}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section id="risks" raised eyebrow="Before you stake" title="The risks">
        <ul className="grid max-w-3xl gap-3">
          {RISKS.map((r) => (
            <li key={r} className="flex gap-3 rounded-xl border border-line bg-card p-4">
              <span aria-hidden="true" className="mt-0.5 font-bold text-accent-fg">!</span>
              <span>{r}</span>
            </li>
          ))}
        </ul>
      </Section>

      <CtaBand
        title="Ready to stake?"
        body={<p>Connect your wallet, pick a node, and stake in a few minutes.</p>}
        actions={
          <>
            <LinkButton href="/stake" size="lg">
              Stake SESH
            </LinkButton>
            <LinkButton href="/faq" variant="secondary" size="lg">
              Read the FAQ
            </LinkButton>
          </>
        }
      />
    </>
  );
}
