"use client";

import type { ComponentProps } from "react";
import { Button } from "@/components/ui/Button";
import { useHydrated } from "./useHydrated";

/**
 * The dApp's buttons: the shared Button, disabled until its island has hydrated (./useHydrated.ts).
 * dApp pages are rendered on the server with their forms in place; a tap before React handles it
 * would be lost, or submit a form natively to the URL.
 */
export function ActionButton({ disabled, ...rest }: ComponentProps<typeof Button>) {
  const hydrated = useHydrated();
  return <Button {...rest} disabled={disabled || !hydrated} />;
}
