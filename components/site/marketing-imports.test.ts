/**
 * "Marketing never imports wallet code" (DESIGN.md): walks the import graph from every marketing
 * source file (app/(site), the root layout and metadata routes, components/site, components/mdx,
 * lib/content) through the project's own files and fails when any file reached imports wagmi,
 * viem, RainbowKit, TanStack Query, lib/chain or lib/contracts. The failure names the import chain.
 */
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const FORBIDDEN_PACKAGES = [/^wagmi(\/|$)/, /^viem(\/|$)/, /^@wagmi\//, /^@rainbow-me\//, /^@tanstack\/react-query(\/|$)/];
const FORBIDDEN_DIRS = ["lib/chain/", "lib/contracts/"];
const SOURCE_EXT = [".ts", ".tsx", ".js", ".mjs", ".jsx"];

type Violation = { chain: string[]; specifier: string };

function listSources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listSources(full));
    else if (SOURCE_EXT.some((e) => name.endsWith(e)) && !/\.test\.tsx?$/.test(name)) out.push(full);
  }
  return out;
}

/** Every module specifier in a file: static imports/exports, dynamic import() and require(). */
export function importSpecifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:\\])\/\/.*$/gm, "$1");
  const found = new Set<string>();
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\sfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) if (m[1]) found.add(m[1]);
  return [...found];
}

/** Resolves a relative or "@/" specifier to a project file; null for packages. */
function resolveLocal(root: string, fromFile: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(fromFile), spec);
  else return null;
  const candidates = [base, ...SOURCE_EXT.map((e) => base + e), ...SOURCE_EXT.map((e) => path.join(base, "index" + e))];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

export function findWalletImports(root: string, entries: string[]): Violation[] {
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
