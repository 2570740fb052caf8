// The bench scripts import the devnet and lib code, which is TypeScript: run as plain `node`, a
// script calls reexecUnderTsx(import.meta.url) first and runs again under the tsx loader (once:
// the child finds its own marker in the environment and goes on).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export function reexecUnderTsx(scriptUrl) {
  const file = fileURLToPath(scriptUrl);
  const marker = `__TSX_${path.basename(file, ".mjs").replace(/\W/g, "_").toUpperCase()}`;
  if (process.env[marker]) return;
  const r = spawnSync(process.execPath, ["--import", "tsx", file, ...process.argv.slice(2)], { stdio: "inherit", env: { ...process.env, [marker]: "1" } });
  process.exit(r.status ?? 1);
}
