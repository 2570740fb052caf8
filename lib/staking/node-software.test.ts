import { describe, expect, it } from "vitest";
import { compareVersions, describeMinimumVersions, nodeSoftwareWarnings, notReadyForFork, parseMinimumVersions, softwareWarningLabel, softwareWarnings, upcomingHardFork, type MinimumVersions } from "./node-software";

const MIN: MinimumVersions = { oxend: [11, 0, 6], storageServer: [2, 8, 0], lokinet: [0, 9, 11] };
const NOW = 1_800_000_000;
const fine = { service_node_version: [11, 1, 0] as const, storage_server_version: [2, 8, 0] as const, lokinet_version: [0, 9, 11] as const, last_uptime_proof: NOW - 300 };

describe("a node's software against the network's minimum", () => {
  it("orders versions part by part, not as text", () => {
    expect(compareVersions([11, 0, 10], [11, 0, 6])).toBe(1);
    expect(compareVersions([2, 8, 0], [2, 10, 0])).toBe(-1);
    expect(compareVersions([0, 9, 11], [0, 9, 11])).toBe(0);
  });
  it("a node at the minimum with a recent proof has nothing to say", () => {
    expect(softwareWarnings(fine, MIN, NOW)).toEqual([]);
  });
  it("names each component below the minimum with both versions", () => {
    const w = softwareWarnings({ ...fine, service_node_version: [11, 0, 5], lokinet_version: [0, 9, 9] }, MIN, NOW);
    expect(w).toEqual([{ kind: "outdated", sentence: "Outdated software: Session Node (oxend) 11.0.5 (needs 11.0.6), Lokinet 0.9.9 (needs 0.9.11). Update the node, or the network may stop accepting its proofs." }]);
  });
  it("no proof yet, or none for over an hour, is said as such", () => {
    expect(softwareWarnings({ last_uptime_proof: null }, MIN, NOW).map((x) => x.kind)).toEqual(["noProof"]);
    expect(softwareWarnings({ ...fine, last_uptime_proof: NOW - 3 * 3600 }, MIN, NOW)[0]?.sentence).toBe("No uptime proof for 3 hours: the node may be down, and a node that stays down is decommissioned.");
    expect(softwareWarnings({ ...fine, last_uptime_proof: NOW - 3600 }, MIN, NOW)).toEqual([]);
  });
  it("the next fork is the earliest one still to come; a node below its minimum is not ready", () => {
    const forks = [
      { version: 23, atUnixSeconds: NOW + 900_000, minimum: { ...MIN, oxend: [12, 0, 0] as const } },
      { version: 22, atUnixSeconds: NOW + 86_400, minimum: { ...MIN, oxend: [11, 2, 0] as const } },
      { version: 21, atUnixSeconds: NOW - 1, minimum: MIN },
    ];
    const next = upcomingHardFork(forks, NOW);
    expect(next?.version).toBe(22);
    expect(notReadyForFork(fine, next!)).toEqual(["Session Node (oxend) 11.1.0 (needs 11.2.0)"]);
    expect(upcomingHardFork(forks, NOW + 1_000_000)).toBeNull();
  });
  it("warns about a live node only, and about a coming fork it is not ready for, with the fork's date", () => {
    const fork = { version: 22, atUnixSeconds: Date.UTC(2027, 0, 15, 12) / 1000, minimum: { ...MIN, storageServer: [2, 11, 0] as const } };
    const now = fork.atUnixSeconds - 86_400;
    const node = { ...fine, last_uptime_proof: now - 60 };
    const w = nodeSoftwareWarnings(node, "Running", { minimum: MIN, fork }, now);
    expect(w).toEqual([{ kind: "forkNotReady", sentence: expect.stringMatching(/^Not ready for hard fork 22 on 2027-01-15 12:00 UTC: storage server \d+\.\d+\.\d+ \(needs 2\.11\.0\)/) }]);
    expect(softwareWarningLabel(w)).toBe("Not ready for the fork");
    expect(nodeSoftwareWarnings({ ...node, last_uptime_proof: fork.atUnixSeconds }, "Running", { minimum: MIN, fork }, fork.atUnixSeconds + 1)).toEqual([]); // the fork has passed
    expect(nodeSoftwareWarnings({ ...node, service_node_version: [1, 0, 0] }, "Exited", { minimum: MIN, fork }, now)).toEqual([]);
    expect(softwareWarningLabel(nodeSoftwareWarnings({ last_uptime_proof: null, service_node_version: [1, 0, 0] }, "Decommissioned", { minimum: MIN, fork: null }, now))).toBe("No recent proof, outdated");
  });
  it("reads minimum versions from the configuration's text, and says what is wrong with a bad one", () => {
    expect(parseMinimumVersions("oxend=11.0.6, storage=2.8.0,lokinet=0.9.11")).toEqual({ oxend: [11, 0, 6], storageServer: [2, 8, 0], lokinet: [0, 9, 11] });
    expect(parseMinimumVersions("oxend=11.0.6,storage=2.8.0")).toBe("must give all of oxend, storage, lokinet (missing lokinet)");
    expect(parseMinimumVersions("oxend=11.0,storage=2.8.0,lokinet=0.9.11")).toMatch(/not a version like 11\.0\.6/);
    expect(parseMinimumVersions("oxen=1.0.0")).toMatch(/unknown component "oxen"/);
    expect(describeMinimumVersions(MIN)).toMatch(/^Session Node \(oxend\) \d+\.\d+\.\d+, storage server .*, Lokinet /);
  });
});
