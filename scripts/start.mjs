#!/usr/bin/env node
// `npm start`: the production (standalone) server of the build, in this process, as deploy/ runs
// it. `-p/--port` and `-H/--hostname` as with `next start` (else PORT, HOSTNAME, 3000, 0.0.0.0).
// The standalone server works from its own folder (.next/standalone), so paths that default to the
// repository's (the devnet's state file, the funnel's SQLite file) are made absolute here first.
import { copyFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { assembleStandalone, STANDALONE } from "./standalone.mjs";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (...names) => {
  const i = args.findIndex((a) => names.includes(a));
  return i >= 0 ? args[i + 1] : undefined;
};
process.env.PORT = option("-p", "--port") ?? process.env.PORT ?? "3000";
process.env.HOSTNAME = option("-H", "--hostname") ?? process.env.HOSTNAME ?? "0.0.0.0";
process.env.NODE_ENV = "production";
for (const [name, file] of [["DEVNET_STATE_FILE", ".devnet/devnet.json"], ["FUNNEL_SQLITE_PATH", ".data/funnel.sqlite"]]) {
  const value = process.env[name];
  if (!value) process.env[name] = path.join(REPO, file);
  else if (!path.isAbsolute(value)) process.env[name] = path.resolve(value);
}
if (!existsSync(path.join(STANDALONE, "server.js"))) {
  console.error("No standalone build: run `npm run build` first.");
  process.exit(1);
}
// assembled by the build; a CSP manifest written after it (the e2e server rewrites it) reaches the server's copy too
if (!existsSync(path.join(STANDALONE, ".next", "static"))) assembleStandalone();
else copyFileSync(path.join(REPO, ".next", "csp-manifest.json"), path.join(STANDALONE, ".next", "csp-manifest.json"));
await import(pathToFileURL(path.join(STANDALONE, "server.js")).href);
