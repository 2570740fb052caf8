// @ts-check
/**
 * Whether the browser editor's routes (app/keystatic, app/api/keystatic: files named *.editor.tsx and
 * *.editor.ts) are part of the app. In `next dev` they are, saving to this machine's disk. A
 * production build has them only when a GitHub repository is configured to save to
 * (NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO, lib/editor/storage.ts); otherwise /keystatic and /api/keystatic
 * are the site's 404, and none of the editor's code is built.
 * Plain JavaScript: next.config.mjs reads it.
 */
export const EDITOR_EXTENSIONS = ["editor.tsx", "editor.ts"];
export const NEXT_DEFAULT_EXTENSIONS = ["tsx", "ts", "jsx", "js"];

/** @param {string} phase Next's phase (next/constants) @param {Record<string, string | undefined>} env */
export function editorRoutesEnabled(phase, env) {
  return phase === "phase-development-server" || Boolean(env.NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO?.trim());
}

/** @param {string} phase @param {Record<string, string | undefined>} env */
export function pageExtensions(phase, env) {
  return editorRoutesEnabled(phase, env) ? [...EDITOR_EXTENSIONS, ...NEXT_DEFAULT_EXTENSIONS] : NEXT_DEFAULT_EXTENSIONS;
}
