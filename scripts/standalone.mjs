#!/usr/bin/env node
// Assembles the standalone server after `next build` (npm run build runs it last): Next traces the
// server's own files into .next/standalone but leaves the browser's assets and public/ out, for a
// CDN or a proxy to serve (deploy/nginx serves /_next/static itself). The server still answers them
// when asked directly (`npm start`, the e2e, the benches), so they are copied in, with the CSP
// manifest (scripts/csp-manifest.ts) and the content the funnel reads at run time. Idempotent.
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const STANDALONE = path.join(REPO, ".next", "standalone");

export function assembleStandalone() {
  if (!existsSync(path.join(STANDALONE, "server.js"))) throw new Error(".next/standalone/server.js is missing: run `npm run build` first");
  const copies = [
    [".next/static", ".next/static"],
    ["public", "public"],
    ["content", "content"],
    [".next/csp-manifest.json", ".next/csp-manifest.json"],
  ];
  for (const [from, to] of copies) {
    const src = path.join(REPO, from);
    if (!existsSync(src)) continue;
    const dest = path.join(STANDALONE, to);
    rmSync(dest, { recursive: true, force: true });
    cpSync(src, dest, { recursive: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) assembleStandalone();
