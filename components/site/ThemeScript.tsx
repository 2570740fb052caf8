/**
 * The no-flash theme script, inlined in <head> so it runs before the first paint: a saved choice
 * (localStorage "theme") wins, otherwise the system's prefers-color-scheme decides. While no
 * choice is saved, the page follows later changes of the system setting too.
 * The server renders data-theme="dark"; this script corrects it before anything is painted.
 */
export const THEME_STORAGE_KEY = "theme";

const script = `(function(){try{var d=document.documentElement,k=${JSON.stringify(THEME_STORAGE_KEY)},m=window.matchMedia("(prefers-color-scheme: light)");function s(){var t=null;try{t=localStorage.getItem(k)}catch(e){}return t==="light"||t==="dark"?t:null}function a(){d.dataset.theme=s()||(m.matches?"light":"dark")}a();m.addEventListener("change",function(){if(!s())a()})}catch(e){}})();`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
