/**
 * Node software warnings (spec §5.7): the simulator reports each node's versions and last uptime
 * proof, one seeded node runs an old oxend and lokinet; the minimum versions are the configuration's
 * defaults (docs/configuration.md) and a coming hard fork is configured on a server of its own. The
 * test judges every node itself, from the simulator's JSON, and compares with the warnings shown.
 */
import type { DevnetState } from "../../lib/chain/devnet-state";
import { devnetAccount } from "../fixtures/devnet";
import { expect, test } from "../fixtures/test";

type V = [number, number, number];
type NodeJson = {
  contract_id: number;
  exit_type: string | null;
  last_uptime_proof: number;
  service_node_version: V | null;
  storage_server_version: V | null;
  lokinet_version: V | null;
  contributors: { address: string }[];
};

/** docs/configuration.md's default NODE_MIN_VERSIONS (HF21 rev 2 in spec §5.7). */
const MIN = { service_node_version: [11, 0, 6], storage_server_version: [2, 8, 0], lokinet_version: [0, 9, 11] } as const;
const below = (v: V | null, m: readonly number[]) => v !== null && (v[0] !== m[0] ? v[0] < m[0]! : v[1] !== m[1] ? v[1] < m[1]! : v[2] < m[2]!);

async function network(devnet: DevnetState): Promise<{ nodes: NodeJson[]; t: number }> {
  return (await (await fetch(`${devnet.backendApiUrl}/nodes`)).json()) as { nodes: NodeJson[]; t: number };
}

/** What the test itself expects for a node: an outdated component, or no proof in the last hour (the spec's ~1 h). */
function expected(n: NodeJson, t: number): { outdated: boolean; noProof: boolean } {
  if (n.exit_type === "deregister") return { outdated: false, noProof: false };
  const outdated = (Object.keys(MIN) as (keyof typeof MIN)[]).some((k) => below(n[k], MIN[k]));
  return { outdated, noProof: n.last_uptime_proof <= 0 || t - n.last_uptime_proof > 3600 };
}

test.describe("node software warnings", () => {
  test("every node row warns exactly when the node is outdated or silent; the outdated node's page and its staker's overview say why", async ({ page, devnet, consoleProblems }) => {
    const { nodes, t } = await network(devnet);
    const outdatedNode = nodes.find((n) => expected(n, t).outdated);
    expect(outdatedNode, "the devnet seeds an outdated node").toBeDefined();

    await page.goto("/nodes");
    const rows = page.getByTestId("node-row");
    await expect(rows.first()).toBeVisible();
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute("data-node-id"))));
    expect(ids).toContain(outdatedNode!.contract_id);
    for (const id of ids) {
      const n = nodes.find((x) => x.contract_id === id)!;
      const e = expected(n, t);
      const badge = page.locator(`[data-testid="node-row"][data-node-id="${id}"]`).getByTestId("software-warning");
      if (!e.outdated && !e.noProof) {
        await expect(badge, `node ${id}`).toHaveCount(0);
        continue;
      }
      const kinds = (await badge.getAttribute("data-kinds"))!.split(" ");
      expect(kinds.includes("outdated"), `node ${id} outdated`).toBe(e.outdated);
      expect(kinds.some((k) => k === "noProof" || k === "staleProof"), `node ${id} silent`).toBe(e.noProof);
    }

    const v = outdatedNode!.service_node_version!;
    await page.goto(`/nodes/${outdatedNode!.contract_id}`);
    await expect(page.getByTestId("software-warnings")).toContainText(`Session Node (oxend) ${v.join(".")} (needs ${MIN.service_node_version.join(".")})`);

    const contributor = devnetAccount(devnet, "contributor");
    expect(outdatedNode!.contributors.map((c) => c.address.toLowerCase())).toContain(contributor.address.toLowerCase());
    await page.goto(`/address/${contributor.address}`);
    await expect(page.getByTestId("account-software-warnings").locator(`[data-node-id="${outdatedNode!.contract_id}"]`)).toContainText("Outdated software");
    await expect(page.locator(`[data-testid="my-node-row"][data-node-id="${outdatedNode!.contract_id}"]`).getByTestId("software-warning")).toContainText("Outdated software");
    expect(consoleProblems).toEqual([]);
  });

  test.describe("a configured coming hard fork", () => {
    const at = Math.floor(Date.now() / 1000 / 3600) * 3600 + 10 * 86_400;
    const iso = new Date(at * 1000).toISOString();
    test.use({ ownServerEnv: { HARD_FORK_AT: iso, HARD_FORK_VERSION: "22", HARD_FORK_MIN_VERSIONS: "oxend=11.3.0,storage=2.10.0,lokinet=0.9.13" } });

    test("shows a banner with the date and the versions on every dApp page, and warns the nodes not ready", async ({ page, devnet, ownServer: server }) => {
      const date = `${iso.slice(0, 16).replace("T", " ")} UTC`;
      for (const path of ["/stake", "/nodes"]) {
        await page.goto(`${server.url}${path}`);
        const banner = page.getByTestId("hard-fork-banner");
        await expect(banner).toContainText(`Hard fork 22 on ${date}.`);
        await expect(banner).toContainText("Session Node (oxend) 11.3.0, storage server 2.10.0, Lokinet 0.9.13");
      }
      const { nodes, t } = await network(devnet);
      // every devnet node runs oxend below 11.3.0: each live row warns it is not ready (or worse)
      const live = nodes.filter((n) => n.exit_type !== "deregister" && n.service_node_version && below(n.service_node_version, [11, 3, 0]) && !expected(n, t).outdated && !expected(n, t).noProof);
      expect(live.length).toBeGreaterThan(0);
      const row = page.locator(`[data-testid="node-row"][data-node-id="${live[0]!.contract_id}"]`);
      await expect(row.getByTestId("software-warning")).toHaveAttribute("data-kinds", "forkNotReady");
      await expect(row.getByTestId("software-warning")).toContainText("Not ready for the fork");
    });
  });
});
