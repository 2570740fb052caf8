/**
 * The no-flash theme script, inlined in <head> so it runs before the first paint: a saved choice
 * (localStorage "theme") wins, otherwise the system's prefers-color-scheme decides. While no
 * choice is saved, the page follows later changes of the system setting too.
 * The server renders data-theme="dark"; this script corrects it before anything is painted.
 * The CSP allows it by its hash (the source is in theme-script-source.ts, which proxy.ts hashes).
 */
import { THEME_SCRIPT } from "./theme-script-source";

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
