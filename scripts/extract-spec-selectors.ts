// Extracts every function selector, event topic and error selector from the spec's tables
// (../shared/spec/session-interfaces.md, §1–§4) into contracts/test/spec-selectors.json, grouped
// by contract. The ABI-compatibility test compares our compiled ABIs with that snapshot, and
// re-extracts from the spec when it is present to prove the snapshot is current.
//   tsx scripts/extract-spec-selectors.ts [path/to/session-interfaces.md]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
export const defaultSpecPath = join(repoRoot, "..", "shared", "spec", "session-interfaces.md");
export const snapshotPath = join(repoRoot, "contracts", "test", "spec-selectors.json");

export type SpecContract = "sesh" | "serviceNodeRewards" | "serviceNodeContribution" | "serviceNodeContributionFactory" | "rewardRatePool";
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
  if (/^## /.test(heading)) return null;
  return current;
}

/** Table kind from its header row, or null for tables without selectors (structs, formulas). */
function kindForHeader(cells: string[]): SelectorKind | null {
  const [first, second] = cells;
  if (!first || !second) return null;
  if (first === "Canonical signature" && second === "Selector") return "functions";
  if (first === "Event (canonical)" && second === "topic0") return "events";
  if (first === "Error (canonical)" && second === "Selector") return "errors";
  return null;
}

export function extractSpecSelectors(markdown: string): SpecSelectors {
  const result: SpecSelectors = {
    sesh: emptyTables(),
    serviceNodeRewards: emptyTables(),
    serviceNodeContribution: emptyTables(),
    serviceNodeContributionFactory: emptyTables(),
    rewardRatePool: emptyTables(),
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
    const expectedLength = kind === "events" ? 66 : 10;
    if (selector.length !== expectedLength) throw new Error(`Bad ${kind} selector for ${signature}: ${selector}`);
    const table = result[contract][kind];
    if (table[signature] && table[signature] !== selector) {
      throw new Error(`Spec lists ${signature} twice for ${contract} with different selectors`);
    }
    table[signature] = selector;
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
