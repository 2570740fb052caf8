"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/** Re-renders the server-read page every `ms` while the tab is visible (fresh states and stakes). */
export function RefreshEvery({ ms }: { ms: number }) {
  const router = useRouter();
  useEffect(() => {
    const id = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, ms);
    return () => clearInterval(id);
  }, [router, ms]);
  return null;
}
