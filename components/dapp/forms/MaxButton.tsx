"use client";

import { atomicToSeshString } from "@/lib/staking/amounts";
import { ActionButton as Button } from "../ui/ActionButton";

/**
 * "Max" beside an amount field: puts `value` (lib/staking/max-amount.ts' rule, computed by the form)
 * into the field as text; disabled when there is nothing to put.
 */
export function MaxButton({ value, onPick, testId, label = "Max", disabled = false }: { value: bigint | null; onPick: (text: string) => void; testId: string; label?: string; disabled?: boolean }) {
  return (
    <Button variant="secondary" size="lg" disabled={disabled || value === null || value === 0n} onClick={() => value !== null && onPick(atomicToSeshString(value))} data-testid={testId}>
      {label}
    </Button>
  );
}
