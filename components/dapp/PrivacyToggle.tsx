"use client";

import { useSyncExternalStore } from "react";
// the key only: the no-flash theme script applies the saved choice before the first paint
import { PRIVACY_STORAGE_KEY } from "@/components/site/theme-script-source";

function isOn(): boolean {
  return document.documentElement.dataset.privacy === "on";
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-privacy"] });
  return () => observer.disconnect();
}

/**
 * Hides every amount and address on screen (app/globals.css), remembered in this browser only
 * (localStorage; nothing is sent anywhere). The server never knows the choice: it renders the same
 * page for everyone, and the state lives on <html>, so hydration never meets a difference.
 */
export function PrivacyToggle() {
  // null on the server and while hydrating: then the button only says what it does
  const on = useSyncExternalStore<boolean | null>(subscribe, isOn, () => null);
  function toggle() {
    const next = !isOn();
    if (next) document.documentElement.dataset.privacy = "on";
    else delete document.documentElement.dataset.privacy;
    try {
      if (next) localStorage.setItem(PRIVACY_STORAGE_KEY, "on");
      else localStorage.removeItem(PRIVACY_STORAGE_KEY);
    } catch {
      // storage blocked: the choice lasts for this page only
    }
  }
  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={on ?? undefined}
      title={on ? "Show amounts and addresses" : "Hide amounts and addresses (for screen sharing)"}
      className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-full text-muted hover:text-fg"
      data-testid="privacy-toggle"
    >
      <span className="sr-only">Hide amounts and addresses</span>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z" />
        <circle cx="12" cy="12" r="3" />
        {on ? <path d="M3 3l18 18" /> : null}
      </svg>
    </button>
  );
}
