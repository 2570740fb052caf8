"use client";

import { useSyncExternalStore } from "react";

type Theme = "light" | "dark";
// Same key as components/site/ThemeScript.tsx (kept literal so this client file imports nothing).
const STORAGE_KEY = "theme";

function readTheme(): Theme {
  return document.documentElement.dataset.theme === "light" ? "light" : "dark";
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => observer.disconnect();
}

/** Its names for screen readers, from content/site.yaml (header.theme). */
export type ThemeToggleLabels = { toLight: string; toDark: string; neutral: string };

/** A button that flips between dark and light and remembers the choice across visits. */
export function ThemeToggle({ labels }: { labels: ThemeToggleLabels }) {
  // null on the server and during hydration: the icon is then chosen by CSS from data-theme.
  const theme = useSyncExternalStore<Theme | null>(subscribe, readTheme, () => null);
  const name = theme === null ? labels.neutral : theme === "light" ? labels.toDark : labels.toLight;

  function toggle() {
    const chosen: Theme = readTheme() === "light" ? "dark" : "light";
    document.documentElement.dataset.theme = chosen;
    try {
      localStorage.setItem(STORAGE_KEY, chosen);
    } catch {
      // storage blocked (private mode): the choice lasts for this page only
    }
  }

  return (
    <button
      type="button"
      onClick={toggle}
      aria-label={name}
      title={name}
      className="inline-flex h-11 w-11 shrink-0 items-center justify-center rounded-full border border-line text-fg transition-colors hover:border-accent-fg"
    >
      {/* sun shown in dark mode (click for light), moon in light mode */}
      <svg aria-hidden="true" viewBox="0 0 24 24" className="hidden h-5 w-5 dark:block" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </svg>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="block h-5 w-5 dark:hidden" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
      </svg>
    </button>
  );
}
