/**
 * What the simulated network reports about each node's software (spec §5.7): the versions of oxend,
 * the storage server and lokinet from its last uptime proof (`[major, minor, patch]`, null until a
 * proof arrived) and the hard fork it registered under. Every devnet node runs current versions
 * except OUTDATED_NODES, seeded so the dApp's warnings have something to warn about.
 */
import { devnetNodeKeys } from "../node-keys";

type Triple = [number, number, number];
export type NodeVersions = { oxend: Triple; storage: Triple; lokinet: Triple };

/** Above the dApp's default minimums (11.0.6, 2.8.0, 0.9.11: docs/configuration.md). */
export const CURRENT_NODE_VERSIONS: NodeVersions = { oxend: [11, 2, 0], storage: [2, 10, 0], lokinet: [0, 9, 13] };

/** Seeded node 6 (the contributor's and the whale's, running) runs an old oxend and lokinet. */
export const OUTDATED_NODES: readonly { node: number; versions: NodeVersions }[] = [{ node: 6, versions: { oxend: [11, 0, 4], storage: [2, 10, 0], lokinet: [0, 9, 9] } }];

let outdatedByKey: Map<string, NodeVersions> | null = null;

function versionsOf(ed25519Hex: string): NodeVersions {
  outdatedByKey ??= new Map(OUTDATED_NODES.map((o) => [devnetNodeKeys(o.node).ed25519Hex, o.versions]));
  return outdatedByKey.get(ed25519Hex.toLowerCase()) ?? CURRENT_NODE_VERSIONS;
}

/** The Stake fields of §5.7 for a node; `proved` false: no proof with versions received yet. */
export function nodeVersionsJson(ed25519Hex: string, proved: boolean, registrationHardFork: number) {
  const v = proved ? versionsOf(ed25519Hex) : null;
  return {
    service_node_version: v?.oxend ?? null,
    storage_server_version: v?.storage ?? null,
    lokinet_version: v?.lokinet ?? null,
    registration_hf_version: registrationHardFork,
  };
}
