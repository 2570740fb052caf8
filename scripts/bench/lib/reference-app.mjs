// The bare reference every budget is measured against: a Next.js app with a root layout and one
// page with one heading, nothing else, built with this repo's Next (its node_modules is a symlink
// to ours) in a temp dir. Built once per bench run and shared by every figure of that run.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const NEXT_BIN = path.join(REPO, "node_modules", "next", "dist", "bin", "next");
export const NEXT_VERSION = JSON.parse(readFileSync(path.join(REPO, "node_modules", "next", "package.json"), "utf8")).version;

function commonAncestor(a, b) {
  const pa = path.resolve(a).split(path.sep);
  const pb = path.resolve(b).split(path.sep);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  return pa.slice(0, i).join(path.sep) || path.sep;
}

/**
 * Builds the reference app; returns its directory (remove it with removeReference). Throws on a
 * failed build. `sourceMaps`: write browser source maps too (scripts/bench/profile.mjs).
 */
export function buildReference({ log = (m) => console.error(m), sourceMaps = false } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), "next-bare-reference-"));
  mkdirSync(path.join(dir, "app"));
  symlinkSync(path.join(REPO, "node_modules"), path.join(dir, "node_modules"), "dir");
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "next-bare-reference", private: true, type: "module" }, null, 2));
  // turbopack.root: the symlinked node_modules resolve to the repo's real path, so the root must contain both
  const root = commonAncestor(realpathSync(dir), realpathSync(path.join(REPO, "node_modules")));
  writeFileSync(path.join(dir, "next.config.mjs"), `export default { turbopack: { root: ${JSON.stringify(root)} }, outputFileTracingRoot: ${JSON.stringify(root)}${sourceMaps ? ", productionBrowserSourceMaps: true" : ""} };\n`);
  writeFileSync(
    path.join(dir, "app", "layout.js"),
    `export const metadata = { title: "Reference" };\nexport default function RootLayout({ children }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n`,
  );
  writeFileSync(path.join(dir, "app", "page.js"), `export default function Page() {\n  return <h1>Hello</h1>;\n}\n`);
  const started = Date.now();
  const r = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: dir, encoding: "utf8", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" } });
  if (r.status !== 0) throw new Error(`reference build failed in ${dir}:\n${r.stdout}\n${r.stderr}`);
  log(`reference app (next ${NEXT_VERSION}) built in ${((Date.now() - started) / 1000).toFixed(1)} s: ${dir}`);
  return dir;
}

export function removeReference(dir) {
  if (dir && path.basename(dir).startsWith("next-bare-reference-")) rmSync(dir, { recursive: true, force: true });
}
