/**
 * Is a node's software fit for the network (spec §5.7)? The backend reports, per node, the versions
 * of oxend, the storage server and lokinet from its last uptime proof, and when that proof came.
 * The minimum versions and the next hard fork are not reported reliably by the backend: they come
 * from configuration (lib/chain's network-versions), and this decides what to warn about.
 */

/** [major, minor, patch], as the backend sends it; null = no proof with versions received yet. */
export type Version = readonly [number, number, number];

export type NodeSoftware = {
  service_node_version?: Version | null;
  storage_server_version?: Version | null;
  lokinet_version?: Version | null;
  /** unix seconds of the last uptime proof; null/undefined = none yet */
  last_uptime_proof?: number | null;
};

export type MinimumVersions = { oxend: Version; storageServer: Version; lokinet: Version };

export type HardFork = { version: number; atUnixSeconds: number; minimum: MinimumVersions };

export type SoftwareWarning = { kind: "noProof" | "staleProof" | "outdated" | "forkNotReady"; sentence: string };

/** A node that has not proved its uptime for this long is warned about [unconfirmed: spec §5.7 suggests about 1 h]. */
export const PROOF_STALE_AFTER_SECONDS = 60 * 60;

export function formatVersion(v: Version): string {
  return v.join(".");
}

export function compareVersions(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

const PARTS: { key: keyof MinimumVersions; field: "service_node_version" | "storage_server_version" | "lokinet_version"; name: string }[] = [
  { key: "oxend", field: "service_node_version", name: "Session Node (oxend)" },
  { key: "storageServer", field: "storage_server_version", name: "storage server" },
  { key: "lokinet", field: "lokinet_version", name: "Lokinet" },
];

/** What is outdated in `n` against `minimum`: one phrase per component below it. */
function outdatedParts(n: NodeSoftware, minimum: MinimumVersions): string[] {
  return PARTS.flatMap(({ key, field, name }) => {
    const v = n[field];
    return v && compareVersions(v, minimum[key]) < 0 ? [`${name} ${formatVersion(v)} (needs ${formatVersion(minimum[key])})`] : [];
  });
}

/** Warnings for one node: no proof yet, an old proof, software below today's minimum. */
export function softwareWarnings(n: NodeSoftware, minimum: MinimumVersions, nowUnixSeconds: number, staleAfter = PROOF_STALE_AFTER_SECONDS): SoftwareWarning[] {
  const out: SoftwareWarning[] = [];
  if (n.last_uptime_proof == null || n.last_uptime_proof <= 0) {
    out.push({ kind: "noProof", sentence: "The network has received no uptime proof from this node yet: if it stays silent it will be decommissioned." });
  } else if (nowUnixSeconds - n.last_uptime_proof > staleAfter) {
    const minutes = Math.floor((nowUnixSeconds - n.last_uptime_proof) / 60);
    out.push({ kind: "staleProof", sentence: `No uptime proof for ${minutes >= 120 ? `${Math.floor(minutes / 60)} hours` : `${minutes} minutes`}: the node may be down, and a node that stays down is decommissioned.` });
  }
  const outdated = outdatedParts(n, minimum);
  if (outdated.length) out.push({ kind: "outdated", sentence: `Outdated software: ${outdated.join(", ")}. Update the node, or the network may stop accepting its proofs.` });
  return out;
}

/** The next configured hard fork still to come, if any. */
export function upcomingHardFork(forks: readonly HardFork[], nowUnixSeconds: number): HardFork | null {
  return [...forks].filter((f) => f.atUnixSeconds > nowUnixSeconds).sort((a, b) => a.atUnixSeconds - b.atUnixSeconds)[0] ?? null;
}

/** A node's software below what a coming fork requires: the phrases to put in its warning. */
export function notReadyForFork(n: NodeSoftware, fork: HardFork): string[] {
  return outdatedParts(n, fork.minimum);
}

/** "11.0.6" as a Version; null for anything else. */
export function parseVersion(text: string): Version | null {
  const m = /^(\d{1,4})\.(\d{1,4})\.(\d{1,4})$/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

const NAMES: Record<string, keyof MinimumVersions> = { oxend: "oxend", storage: "storageServer", lokinet: "lokinet" };

/**
 * The configuration's form of minimum versions, "oxend=11.0.6,storage=2.8.0,lokinet=0.9.11" (each
 * component once, all three): the versions, or the sentence that says what is wrong.
 */
export function parseMinimumVersions(text: string): MinimumVersions | string {
  const found: Partial<MinimumVersions> = {};
  for (const part of text.split(",").map((p) => p.trim()).filter(Boolean)) {
    const [name = "", value = ""] = part.split("=").map((x) => x.trim());
    const key = NAMES[name];
    if (!key) return `names an unknown component "${name}" (use oxend, storage, lokinet)`;
    if (found[key]) return `names ${name} twice`;
    const v = parseVersion(value);
    if (!v) return `has "${value}" for ${name}, not a version like 11.0.6`;
    found[key] = v;
  }
  const missing = Object.entries(NAMES).filter(([, key]) => !found[key]).map(([name]) => name);
  if (missing.length) return `must give all of oxend, storage, lokinet (missing ${missing.join(", ")})`;
  return found as MinimumVersions;
}

/** "oxend 11.0.6, storage server 2.8.0, Lokinet 0.9.11": what a fork banner asks for. */
export function describeMinimumVersions(m: MinimumVersions): string {
  return PARTS.map(({ key, name }) => `${name} ${formatVersion(m[key])}`).join(", ");
}

/**
 * Everything to warn about one node, in the order a staker should act: no (recent) proof, software
 * below today's minimum, then software below what the coming fork requires. Nothing for a node that
 * has left. `now` is the network's clock (unix seconds).
 */
export function nodeSoftwareWarnings(n: NodeSoftware, state: string, rules: { minimum: MinimumVersions; fork: HardFork | null }, now: number): SoftwareWarning[] {
  if (!softwareMatters(state)) return [];
  const out = softwareWarnings(n, rules.minimum, now);
  const fork = rules.fork && rules.fork.atUnixSeconds > now ? rules.fork : null;
  const forkParts = fork ? notReadyForFork(n, fork) : [];
  if (fork && forkParts.length) {
    const date = new Date(fork.atUnixSeconds * 1000).toISOString().slice(0, 16).replace("T", " ");
    out.push({ kind: "forkNotReady", sentence: `Not ready for hard fork${fork.version ? ` ${fork.version}` : ""} on ${date} UTC: ${forkParts.join(", ")}. Update before then, or the node will be decommissioned.` });
  }
  return out;
}

/** The short label of a node's warnings, for a table row (the sentences go in its tooltip). */
export function softwareWarningLabel(warnings: readonly SoftwareWarning[]): string | null {
  const kinds = new Set(warnings.map((w) => w.kind));
  if (kinds.has("noProof") || kinds.has("staleProof")) return kinds.has("outdated") ? "No recent proof, outdated" : "No recent uptime proof";
  if (kinds.has("outdated")) return "Outdated software";
  if (kinds.has("forkNotReady")) return "Not ready for the fork";
  return null;
}

/** The node states whose software matters: a node that has left needs no warning. */
export function softwareMatters(state: string): boolean {
  return state !== "Exited" && state !== "Deregistered";
}
