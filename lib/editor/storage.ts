/**
 * Where the browser editor saves. By default on this machine's disk (`next dev` only: the editor's
 * routes are not part of a production build, see next.config.mjs). A production build gets the
 * editor only when a GitHub repository is configured: then it saves as commits to that repository
 * (Keystatic's GitHub mode, which also needs KEYSTATIC_GITHUB_CLIENT_ID, KEYSTATIC_GITHUB_CLIENT_SECRET,
 * KEYSTATIC_SECRET at run time and NEXT_PUBLIC_KEYSTATIC_GITHUB_APP_SLUG at build time).
 * NEXT_PUBLIC_ because the editor's browser code reads it too.
 */
export type EditorStorage = { kind: "local" } | { kind: "github"; repo: `${string}/${string}` };

export function editorStorage(env: Readonly<Record<string, string | undefined>> = { NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO: process.env.NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO }): EditorStorage {
  const repo = env.NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO?.trim();
  if (!repo) return { kind: "local" };
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new Error(`NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO must be "owner/name" (got ${JSON.stringify(repo)})`);
  return { kind: "github", repo: repo as `${string}/${string}` };
}
