// The committed typed ABIs (lib/contracts/abi) and deploy artifacts (contracts/out) must be what
// the current Solidity compiles to: a contract change without `npm run contracts:build` fails here.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { compileContracts, outDir, renderAbiFiles, renderOutFiles } from "@/scripts/contracts-build";

describe("generated contract files", () => {
  const compiled = compileContracts();

  it("lib/contracts/abi/*.ts are byte-identical to a fresh compile", () => {
    for (const [path, text] of renderAbiFiles(compiled)) {
      expect(existsSync(path), `${path} missing: run npm run contracts:build`).toBe(true);
      expect(readFileSync(path, "utf8") === text, `${path} is stale: run npm run contracts:build`).toBe(true);
    }
  });

  it("contracts/out/*.json are byte-identical to a fresh compile, with no leftovers", () => {
    const expected = renderOutFiles(compiled);
    for (const [path, text] of expected) {
      expect(existsSync(path), `${path} missing: run npm run contracts:build`).toBe(true);
      expect(readFileSync(path, "utf8") === text, `${path} is stale: run npm run contracts:build`).toBe(true);
    }
    const expectedNames = [...expected.keys()].map((p) => basename(p)).sort();
    const onDisk = readdirSync(outDir).filter((f) => f.endsWith(".json")).sort();
    expect(onDisk).toEqual(expectedNames);
  });

  it("keeps the factory, which carries the contribution contract's code, under the EIP-170 limit of 24,576 bytes", () => {
    // Session's own factory is 36 bytes under it (solc 0.8.30, runs 1, paris): ours must fit too,
    // or Arbitrum would refuse to deploy it
    const factory = compiled.get("ServiceNodeContributionFactory");
    expect(factory?.deployedSize).toBeGreaterThan(compiled.get("ServiceNodeContribution")?.deployedSize ?? Infinity);
    expect(factory?.deployedSize).toBeLessThanOrEqual(24_576);
  });

  it("keeps every deployed contract within the EIP-170 size limit", () => {
    for (const [name, artifact] of compiled) {
      expect(artifact.deployedSize, name).toBeLessThanOrEqual(24_576);
    }
  });
});
