import { editorStorage, type EditorStorage } from "./storage";

/**
 * What the editor's pages may connect to beyond the site: in GitHub mode its browser code reads and
 * commits through GitHub's API. Only on /keystatic: no other page gets more than it had.
 */
export function editorConnectSources(pathname: string, storage: EditorStorage = editorStorage()): string[] {
  const editorPage = pathname === "/keystatic" || pathname.startsWith("/keystatic/");
  return editorPage && storage.kind === "github" ? ["https://api.github.com"] : [];
}
