/**
 * Imports flow one way: no module of ours may import, directly or through others, a module that
 * imports it back (the habit behind the 24-file circle in Session's current portal and the barrel
 * files of other dApps). The failure lists the files of each cycle.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { findImportCycles, listSources } from "./import-graph";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ROOTS = ["app", "components", "lib", "devnet", "e2e", "scripts"];

describe("import graph", () => {
  it("has no cycles in app, components, lib, devnet, e2e or scripts", () => {
    const files = ROOTS.flatMap((r) => listSources(path.join(REPO, r)));
    expect(files.length).toBeGreaterThan(100);
    expect(findImportCycles(REPO, files)).toEqual([]);
  });

  describe("the cycle finder itself", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cycles-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("finds a cycle through a barrel index and ignores type-only imports", () => {
      mkdirSync(path.join(dir, "feature"), { recursive: true });
      writeFileSync(path.join(dir, "feature", "index.ts"), `export * from "./a";\nexport * from "./b";`);
      writeFileSync(path.join(dir, "feature", "a.ts"), `import { b } from "@/feature";\nexport const a = () => b;`);
      writeFileSync(path.join(dir, "feature", "b.ts"), `import type { a } from "./a";\nexport const b = 1;`);
      const files = ["index.ts", "a.ts", "b.ts"].map((f) => path.join(dir, "feature", f));
      expect(findImportCycles(dir, files)).toEqual([["feature/a.ts", "feature/index.ts"]]);
    });
  });
});
