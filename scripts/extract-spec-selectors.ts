// Extracts every function selector, event topic and error selector from the spec's tables
// (../shared/spec/session-interfaces.md, §1–§4, and the vesting contract's Appendix B and C.3,
// whose admin writes are given in prose) into contracts/test/spec-selectors.json, grouped by
// contract. The ABI-compatibility test compares our compiled ABIs with that snapshot, and
// re-extracts from the spec when it is present to prove the snapshot is current.
//   tsx scripts/extract-spec-selectors.ts [path/to/session-interfaces.md]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
export const defaultSpecPath = join(repoRoot, "..", "shared", "spec", "session-interfaces.md");
export const snapshotPath = join(repoRoot, "contracts", "test", "spec-selectors.json");

export type SpecContract =
  | "sesh"
  | "serviceNodeRewards"
  | "serviceNodeContribution"
  | "serviceNodeContributionFactory"
  | "rewardRatePool"
  | "tokenVestingStaking";
export type SelectorKind = "functions" | "events" | "errors";
export type SpecSelectors = Record<SpecContract, Record<SelectorKind, Record<string, string>>>;

function emptyTables(): Record<SelectorKind, Record<string, string>> {
  return { functions: {}, events: {}, errors: {} };
}

/** Which contract a heading's section describes (null: stop collecting, e.g. §5 onwards). */
function contractForHeading(heading: string, current: SpecContract | null): SpecContract | null {
  if (/^## 1\. /.test(heading)) return "sesh";
  if (/^## 2\. /.test(heading)) return "serviceNodeRewards";
  if (/^## 3\. /.test(heading)) return "serviceNodeContribution";
  if (/^### 3\.7 /.test(heading)) return "serviceNodeContributionFactory";
  if (/^## 4\. /.test(heading)) return "rewardRatePool";
  if (/^## Appendix B /.test(heading)) return "tokenVestingStaking";
  if (/^## /.test(heading)) return null;
  // Appendix C: only C.3 lists the contract's own selectors (C.1 and C.2 are about the backend and the portal)
  if (/^#### C\.3 /.test(heading)) return "tokenVestingStaking";
  if (/^#### C\.\d /.test(heading)) return null;
  return current;
}

/** Table kind from its header row, or null for tables without selectors (structs, formulas). */
function kindForHeader(cells: string[]): SelectorKind | null {
  const [first, second] = cells;
  if (!first || !second) return null;
  if ((first === "Canonical signature" || first === "Signature") && second === "Selector") return "functions";
  if ((first === "Event (canonical)" || first === "Event") && second === "topic0") return "events";
  if (first === "Error (canonical)" && second === "Selector") return "errors";
  return null;
}

/**
 * `name(type name, type indexed name)` as the canonical `name(type,type)`; canonical signatures
 * (tuples included) come out unchanged.
 */
export function canonicalSignature(signature: string): string {
  const open = signature.indexOf("(");
  const name = signature.slice(0, open);
  const inner = signature.slice(open + 1, -1);
  const params: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of inner) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      params.push(current);
      current = "";
    } else current += ch;
  }
  if (current.trim()) params.push(current);
  return `${name}(${params.map((p) => p.trim().split(/\s+/)[0]).join(",")})`;
}

/** Selectors given in prose: "`revoke(address token)` `0x74a8f103`". */
const PROSE_SELECTOR = /`([A-Za-z_][A-Za-z0-9_]*\([^`]*\))` `(0x[0-9a-f]{8})`/g;

export function extractSpecSelectors(markdown: string): SpecSelectors {
  const result: SpecSelectors = {
    sesh: emptyTables(),
    serviceNodeRewards: emptyTables(),
    serviceNodeContribution: emptyTables(),
    serviceNodeContributionFactory: emptyTables(),
    rewardRatePool: emptyTables(),
    tokenVestingStaking: emptyTables(),
  };
  const record = (contract: SpecContract, kind: SelectorKind, rawSignature: string, selector: string) => {
    const signature = canonicalSignature(rawSignature);
    const expectedLength = kind === "events" ? 66 : 10;
    if (selector.length !== expectedLength) throw new Error(`Bad ${kind} selector for ${signature}: ${selector}`);
    const table = result[contract][kind];
    if (table[signature] && table[signature] !== selector) {
      throw new Error(`Spec lists ${signature} twice for ${contract} with different selectors`);
    }
    table[signature] = selector;
  };
  let contract: SpecContract | null = null;
  let kind: SelectorKind | null = null;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("#")) {
      contract = contractForHeading(line, contract);
      kind = null;
      continue;
    }
    if (!line.startsWith("|")) {
      kind = null; // a table ends at the first non-table line
      // only the vesting contract's admin writes are given in prose; elsewhere prose cites calls
      if (contract === "tokenVestingStaking") {
        for (const [, signature, selector] of line.matchAll(PROSE_SELECTOR)) record(contract, "functions", signature!, selector!);
      }
      continue;
    }
    const cells = line.split("|").slice(1, -1).map((c) => c.trim());
    const headerKind = kindForHeader(cells);
    if (headerKind) {
      kind = headerKind;
      continue;
    }
    if (!contract || !kind) continue;
    const signature = /^`([A-Za-z_][A-Za-z0-9_]*\(.*\))`$/.exec(cells[0] ?? "")?.[1];
    const selector = /^`(0x[0-9a-f]+)`$/.exec(cells[1] ?? "")?.[1];
    if (!signature || !selector) continue;
    record(contract, kind, signature, selector);
  }
  return result;
}

/** Stable text of the snapshot (sorted keys), as committed. */
export function renderSnapshot(selectors: SpecSelectors): string {
  const sorted: Record<string, Record<string, Record<string, string>>> = {};
  for (const [contract, kinds] of Object.entries(selectors)) {
    sorted[contract] = {};
    for (const [kind, table] of Object.entries(kinds)) {
      sorted[contract][kind] = Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
  }
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

function main(): void {
  const specPath = process.argv[2] ?? defaultSpecPath;
  const selectors = extractSpecSelectors(readFileSync(specPath, "utf8"));
  writeFileSync(snapshotPath, renderSnapshot(selectors));
  for (const [contract, kinds] of Object.entries(selectors)) {
    const counts = Object.entries(kinds).map(([kind, table]) => `${Object.keys(table).length} ${kind}`);
    console.log(`${contract}: ${counts.join(", ")}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
