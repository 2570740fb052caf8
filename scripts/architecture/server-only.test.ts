/**
 * The devnet state file holds private keys. Every app module that reads it (its path, or the
 * parser that returns its accounts) must `import "server-only"`, so Next refuses to bundle it, or
 * anything importing it, into the browser; and no client module may import such a module at all.
 * (e2e/security/secrets.spec.ts checks the outcome: no key in any page, payload or script.)
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importSpecifiers, listSources, resolveLocal } from "./import-graph";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const rel = (f: string) => path.relative(REPO, f).split(path.sep).join("/");
const sources = [...["app", "components", "lib"].flatMap((d) => listSources(path.join(REPO, d))), path.join(REPO, "proxy.ts")].filter((f) => existsSync(f));
const text = new Map(sources.map((f) => [f, readFileSync(f, "utf8")]));

/**
 * The schema modules read no file: the devnet writes the state and the tests read it; the
 * environment's schema (lib/config/env.ts) only names the variable that says where it is, and is
 * also loaded by command-line scripts outside Next (npm run funnel:report), where server-only throws.
 */
const SCHEMAS = new Set([path.join(REPO, "lib/chain/devnet-state.ts"), path.join(REPO, "lib/config/env.ts")]);
const readsDevnetState = (src: string) => /\bDEVNET_STATE_(FILE|PATH)\b|\bparseDevnetState\b/.test(src);
const isServerOnly = (src: string) => importSpecifiers(src).includes("server-only");

describe("server-only", () => {
  it("every module that reads the devnet state (and its keys) imports server-only", () => {
    const readers = sources.filter((f) => !SCHEMAS.has(f) && readsDevnetState(text.get(f)!));
    expect(readers.map(rel)).toContain("lib/chain/server-target.ts");
    expect(readers.filter((f) => !isServerOnly(text.get(f)!)).map(rel)).toEqual([]);
  });

  it("no client module imports a server-only module", () => {
    const serverOnly = new Set(sources.filter((f) => isServerOnly(text.get(f)!)));
    const offenders = sources
      .filter((f) => /^\s*["']use client["']/.test(text.get(f)!))
      .flatMap((f) => importSpecifiers(text.get(f)!, { typeOnly: false }).map((s) => [f, resolveLocal(REPO, f, s)] as const))
      .filter(([, target]) => target !== null && serverOnly.has(target))
      .map(([f, target]) => `${rel(f)} imports ${rel(target!)}`);
    expect(offenders).toEqual([]);
  });

  it("the check sees a reader that forgot it", () => {
    expect(readsDevnetState('const f = process.env.DEVNET_STATE_FILE;')).toBe(true);
    expect(isServerOnly('import "server-only";\nimport x from "y";')).toBe(true);
    expect(isServerOnly('import x from "y";')).toBe(false);
  });
});
