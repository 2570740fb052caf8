import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";

/**
 * The files a test is about to change, as they are now: restore() puts each back (or removes it
 * when it did not exist), so an editor test leaves content/ and public/ as it found them even when
 * it fails halfway.
 */
export function snapshotFiles(paths: readonly string[]): { restore(): void } {
  const saved = paths.map((p) => ({ path: p, contents: existsSync(p) ? readFileSync(p) : null }));
  return {
    restore() {
      for (const { path, contents } of saved) {
        if (contents === null) rmSync(path, { force: true });
        else writeFileSync(path, contents);
      }
    },
  };
}
