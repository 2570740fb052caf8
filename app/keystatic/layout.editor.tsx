import type { Metadata } from "next";
import { KeystaticApp } from "./keystatic-app";

export const metadata: Metadata = { title: "Content editor", robots: { index: false, follow: false } };

/**
 * The browser editor, /keystatic (Keystatic renders every editor page itself, from this layout).
 * A route only in `next dev` or a build with a GitHub repository to save to (lib/editor/enabled.mjs);
 * served through proxy.ts like every page, so the CSP and the security headers apply.
 */
export default function EditorLayout() {
  return <KeystaticApp />;
}
