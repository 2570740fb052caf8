/**
 * The static pages' inline-script hashes, one manifest for the whole build: `npm run build` writes
 * it after `next build` (scripts/csp-manifest.ts, from the prerendered HTML) and the proxy reads it
 * once per server process. Prerendered HTML cannot carry a per-request nonce, so each static route
 * is served a policy naming exactly its own inline scripts. A manifest from another build (BUILD_ID
 * differs) is not used: its hashes would not match, and the pages fall back to the nonce policy,
 * which blocks their inline scripts rather than allowing any.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export const CSP_MANIFEST_FILE = "csp-manifest.json";

export type CspManifest = {
  buildId: string;
  /** route path ("/", "/token", "/_not-found") -> its inline scripts' 'sha256-…' sources */
  routes: Record<string, string[]>;
};

export function parseCspManifest(text: string): CspManifest | null {
  try {
    const raw = JSON.parse(text) as unknown;
    if (typeof raw !== "object" || raw === null) return null;
    const { buildId, routes } = raw as { buildId?: unknown; routes?: unknown };
    if (typeof buildId !== "string" || typeof routes !== "object" || routes === null) return null;
    const out: Record<string, string[]> = {};
    for (const [route, hashes] of Object.entries(routes)) {
      if (!Array.isArray(hashes) || !hashes.every((h) => typeof h === "string" && /^'sha256-[A-Za-z0-9+/]+=*'$/.test(h))) return null;
      out[route] = hashes as string[];
    }
    return { buildId, routes: out };
  } catch {
    return null;
  }
}

/** A missing or stale manifest is looked for again after this long (a deploy may be copying it in). */
export const MANIFEST_RETRY_MS = 10_000;

let loaded: { manifest: CspManifest } | { failedAt: number; problem: string } | undefined;

/**
 * The manifest of the build in `distDir`, or null when it is missing or stale. A good manifest is
 * read once; a failed read is not remembered for good but tried again after MANIFEST_RETRY_MS
 * (logged when the problem first appears or changes), so a server started a moment before the
 * manifest was written serves the static pages their hashes as soon as it is there.
 */
export function loadCspManifest(distDir = path.join(/*turbopackIgnore: true*/ process.cwd(), ".next"), now = Date.now()): CspManifest | null {
  if (loaded && "manifest" in loaded) return loaded.manifest;
  if (loaded && now - loaded.failedAt < MANIFEST_RETRY_MS) return null;
  let manifest: CspManifest | null = null;
  let problem = "";
  try {
    manifest = parseCspManifest(readFileSync(path.join(distDir, CSP_MANIFEST_FILE), "utf8"));
    if (!manifest) problem = "is malformed";
    else if (manifest.buildId !== readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim()) {
      manifest = null;
      problem = "belongs to another build";
    }
  } catch {
    problem = "is missing";
  }
  if (manifest) {
    loaded = { manifest };
    return manifest;
  }
  if (!loaded || loaded.problem !== problem) {
    console.error(
      `CSP: ${path.join(distDir, CSP_MANIFEST_FILE)} ${problem}: run \`npm run build\` (next build, then scripts/csp-manifest.ts). Until then static pages get the nonce policy, which blocks their inline scripts (looked for again every ${MANIFEST_RETRY_MS / 1000} s).`,
    );
  }
  loaded = { failedAt: now, problem };
  return null;
}

/** Forgets what was read (tests). */
export function forgetCspManifest(): void {
  loaded = undefined;
}
