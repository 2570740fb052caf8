/**
 * The project's own import graph, read as text: which modules a file imports, and where a local
 * specifier ("@/…" or relative) resolves. Shared by the architecture tests (marketing never reaches
 * wallet code; no import cycles), so they agree on what an import is.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export const SOURCE_EXT = [".ts", ".tsx", ".js", ".mjs", ".jsx"];

/** Source files below `dir`, tests excluded. */
export function listSources(dir: string): string[] {
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
export function importSpecifiers(source: string, { typeOnly = true }: { typeOnly?: boolean } = {}): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:\\])\/\/.*$/gm, "$1");
  const found = new Set<string>();
  const patterns = [
    typeOnly
      ? /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\sfrom\s*["']([^"']+)["']/g
      : /\b(?:import|export)\s+(?!type\s)[^'";]*?\sfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) if (m[1]) found.add(m[1]);
  return [...found];
}

/** Resolves a relative or "@/" specifier to a project file; null for packages. */
export function resolveLocal(root: string, fromFile: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(fromFile), spec);
  else return null;
  const candidates = [base, ...SOURCE_EXT.map((e) => base + e), ...SOURCE_EXT.map((e) => path.join(base, "index" + e))];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** Local runtime imports of one file (type-only imports vanish at build time and cannot form a cycle). */
export function localRuntimeImports(root: string, file: string): string[] {
  if (!SOURCE_EXT.some((e) => file.endsWith(e))) return [];
  return importSpecifiers(readFileSync(file, "utf8"), { typeOnly: false })
    .map((s) => resolveLocal(root, file, s))
    .filter((f): f is string => f !== null);
}

/** Every import cycle among `files` (Tarjan's strongly connected components of size > 1 or self-loops). */
export function findImportCycles(root: string, files: string[]): string[][] {
  const graph = new Map(files.map((f) => [f, localRuntimeImports(root, f)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) graph.set(w, localRuntimeImports(root, w));
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.map((f) => path.relative(root, f)).sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return cycles;
}
