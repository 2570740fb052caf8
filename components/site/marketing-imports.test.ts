/**
 * "Marketing never imports wallet code" (DESIGN.md): walks the import graph from every marketing
 * source file (app/(site), the root layout and metadata routes, components/site, components/mdx,
 * lib/content) through the project's own files and fails when any file reached imports wagmi,
 * viem, RainbowKit, TanStack Query, lib/chain or lib/contracts. The failure names the import chain.
 */
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { SOURCE_EXT, importSpecifiers, listSources, resolveLocal } from "@/scripts/architecture/import-graph";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const FORBIDDEN_PACKAGES = [/^wagmi(\/|$)/, /^viem(\/|$)/, /^@wagmi\//, /^@rainbow-me\//, /^@tanstack\/react-query(\/|$)/];
const FORBIDDEN_DIRS = ["lib/chain/", "lib/contracts/"];
type Violation = { chain: string[]; specifier: string };

function findWalletImports(root: string, entries: string[]): Violation[] {
  const violations: Violation[] = [];
  const seen = new Set<string>();
  const queue: { file: string; chain: string[] }[] = entries.map((f) => ({ file: f, chain: [path.relative(root, f)] }));
  while (queue.length) {
    const { file, chain } = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const rel = path.relative(root, file).split(path.sep).join("/");
    if (FORBIDDEN_DIRS.some((d) => rel.startsWith(d))) {
      violations.push({ chain, specifier: rel });
      continue;
    }
    if (!SOURCE_EXT.some((e) => file.endsWith(e))) continue; // css, json, svg
    for (const spec of importSpecifiers(readFileSync(file, "utf8"))) {
      if (FORBIDDEN_PACKAGES.some((re) => re.test(spec))) {
        violations.push({ chain, specifier: spec });
        continue;
      }
      const local = resolveLocal(root, file, spec);
      if (local) queue.push({ file: local, chain: [...chain, path.relative(root, local)] });
    }
  }
  return violations;
}

function marketingEntries(root: string): string[] {
  const rootAppFiles = readdirSync(path.join(root, "app"))
    .filter((n) => SOURCE_EXT.some((e) => n.endsWith(e)))
    .map((n) => path.join(root, "app", n));
  return [
    ...rootAppFiles, // layout, not-found, sitemap, robots, opengraph-image
    ...listSources(path.join(root, "app", "(site)")),
    ...listSources(path.join(root, "components", "site")),
    ...listSources(path.join(root, "components", "mdx")),
    ...listSources(path.join(root, "components", "ui")),
    ...listSources(path.join(root, "lib", "content")),
    ...listSources(path.join(root, "lib", "seo")),
    path.join(root, "lib", "site.ts"),
    path.join(root, "lib", "deployments.ts"),
  ].filter((f) => existsSync(f));
}

const describeViolation = (v: Violation) => `${v.chain.join(" -> ")} imports ${v.specifier}`;

describe("marketing code never imports wallet code", () => {
  it("covers the marketing sources (the walk is not empty)", () => {
    const entries = marketingEntries(REPO).map((f) => path.relative(REPO, f));
    expect(entries).toContain("app/layout.tsx");
    expect(entries).toContain(path.join("app", "(site)", "page.tsx"));
    expect(entries).toContain(path.join("components", "site", "Header.tsx"));
  });

  it("no file reachable from app/(site), the root layout, components/site|mdx|ui, lib/content or lib/seo imports wagmi, viem, RainbowKit, react-query, lib/chain or lib/contracts", () => {
    const violations = findWalletImports(REPO, marketingEntries(REPO)).map(describeViolation);
    expect(violations).toEqual([]);
  });

  describe("the walker itself", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "import-walk-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("finds a wallet import two files away, through the @/ alias and a relative import, and names the chain", () => {
      mkdirSync(path.join(dir, "app"), { recursive: true });
      mkdirSync(path.join(dir, "components"), { recursive: true });
      mkdirSync(path.join(dir, "lib", "chain"), { recursive: true });
      writeFileSync(path.join(dir, "app", "page.tsx"), `import { Widget } from "@/components/widget";\nexport default Widget;`);
      writeFileSync(path.join(dir, "components", "widget.tsx"), `import type { X } from "./helper";\nexport const Widget = () => null;`);
      writeFileSync(path.join(dir, "components", "helper.ts"), `// import "wagmi" in a comment is fine\nexport { useAccount } from "wagmi";\nconst c = await import("../lib/chain/config");`);
      writeFileSync(path.join(dir, "lib", "chain", "config.ts"), `export const x = 1;`);
      const found = findWalletImports(dir, [path.join(dir, "app", "page.tsx")]).map(describeViolation);
      expect(found).toEqual([
        `app/page.tsx -> components/widget.tsx -> components/helper.ts imports wagmi`,
        `app/page.tsx -> components/widget.tsx -> components/helper.ts -> lib/chain/config.ts imports lib/chain/config.ts`,
      ]);
    });

    it("reads every import form", () => {
      expect(
        importSpecifiers(`import a from "a";\nimport "b";\nexport * from 'c';\nimport type { T } from "d";\nconst e = require("e");\nconst f = import("f");\nimport {\n  g,\n} from "g";`).sort(),
      ).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
    });
  });
});
