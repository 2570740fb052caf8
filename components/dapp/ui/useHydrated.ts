"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML and until React has hydrated this island, true after. A dApp page
 * rendered on the server shows its action buttons at once; they stay disabled until the click can
 * be handled (a tap before hydration would be lost, or submit the form natively to the URL).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
