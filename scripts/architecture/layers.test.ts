/**
 * DESIGN.md's one-way data flow, checked on the import statements: chain/API clients
 * (lib/contracts, lib/backend) and the pure rules (lib/staking) never import React, wagmi or
 * TanStack Query; lib/staking does no I/O at all (no viem, no fetch clients, no node: modules);
 * production code never imports test code.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importSpecifiers, listSources } from "./import-graph";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const rel = (f: string) => path.relative(REPO, f).split(path.sep).join("/");

function offenders(dirs: string[], forbidden: RegExp[]): string[] {
  return dirs
    .flatMap((d) => listSources(path.join(REPO, d)))
    .flatMap((f) => importSpecifiers(readFileSync(f, "utf8")).filter((s) => forbidden.some((re) => re.test(s))).map((s) => `${rel(f)} imports ${s}`));
}

const UI = [/^react(-dom)?(\/|$)/, /^wagmi(\/|$)/, /^@wagmi\//, /^@rainbow-me\//, /^@tanstack\//, /^next(\/|$)/];

describe("layers", () => {
  it("lib/contracts, lib/backend, lib/staking, lib/flows and lib/tx import no React, Next, wagmi, RainbowKit or TanStack Query", () => {
    expect(offenders(["lib/contracts", "lib/backend", "lib/staking", "lib/flows", "lib/tx"], UI)).toEqual([]);
  });

  it("lib/flows builds specifications only: no chain client, no network client, no node: modules", () => {
    expect(offenders(["lib/flows"], [/^viem\/actions/, /^node:/, /lib\/network\/client/, /^@\/lib\/chain/])).toEqual([]);
  });

  it("lib/staking is pure: no viem, no network client, no node: modules", () => {
    expect(offenders(["lib/staking"], [/^viem(\/|$)/, /^node:/, /lib\/network\/client/, /^@\/lib\/chain/])).toEqual([]);
  });

  it("app, components and lib never import test code (e2e, fixtures, devnet BLS keys)", () => {
    expect(offenders(["app", "components", "lib"], [/(^|\/)e2e\//, /__fixtures__/, /test-wallet/, /(^|\/)devnet\//, /\.test$/])).toEqual([]);
  });

  it("lib/funnel imports no React, Next, wagmi, RainbowKit or TanStack Query (the route handlers and components call it)", () => {
    expect(offenders(["lib/funnel"], UI)).toEqual([]);
  });

  it("the funnel beacon that marketing pages ship has no runtime import at all", () => {
    for (const file of ["lib/funnel/beacon.ts", "lib/funnel/steps.ts"]) {
      expect(importSpecifiers(readFileSync(path.join(REPO, file), "utf8"), { typeOnly: false }), file).toEqual([]);
    }
  });

  it("the checker sees the imports it polices", () => {
    expect(importSpecifiers(`import { useState } from "react";\nimport x from "@/devnet/bls/keys";`)).toEqual(["react", "@/devnet/bls/keys"]);
  });
});
