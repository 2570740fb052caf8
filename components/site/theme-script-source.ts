/**
 * The no-flash theme script's source, apart from its component so the CSP can hash it (proxy.ts):
 * the script is inline in every page's <head>, and a strict script-src allows it by its SHA-256.
 */
export const THEME_STORAGE_KEY = "theme";
/**
 * The dApp's privacy switch (components/dapp/PrivacyToggle.tsx) is remembered under this key and
 * applied by the same script, before the first paint, as `data-privacy="on"` on <html>: no second
 * inline script for the CSP, and amounts are never painted before they are hidden.
 */
export const PRIVACY_STORAGE_KEY = "privacy";

export const THEME_SCRIPT = `(function(){try{var d=document.documentElement,k=${JSON.stringify(THEME_STORAGE_KEY)},m=window.matchMedia("(prefers-color-scheme: light)");function s(){var t=null;try{t=localStorage.getItem(k)}catch(e){}return t==="light"||t==="dark"?t:null}function a(){d.dataset.theme=s()||(m.matches?"light":"dark")}a();try{if(localStorage.getItem(${JSON.stringify(PRIVACY_STORAGE_KEY)})==="on")d.dataset.privacy="on"}catch(e){}m.addEventListener("change",function(){if(!s())a()})}catch(e){}})();`;
