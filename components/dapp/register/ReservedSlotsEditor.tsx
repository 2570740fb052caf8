"use client";

import { Button } from "@/components/ui/Button";

export type SlotRow = { address: string; amount: string };
export type SlotIssues = ({ address?: string; amount?: string } | null)[];

const FIELD = "min-h-11 rounded-xl border border-line bg-bg px-3";

/** Reserved slots for other contributors (0 to 9 rows): address and amount, each with its message. */
export function ReservedSlotsEditor({ rows, issues, onChange, max, disabled }: { rows: SlotRow[]; issues: SlotIssues; onChange: (rows: SlotRow[]) => void; max: number; disabled?: boolean }) {
  const set = (i: number, patch: Partial<SlotRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="space-y-3" disabled={disabled}>
      <legend className="font-semibold">Reserved slots</legend>
      <p className="text-sm text-muted">Slots kept for chosen addresses: each must pay at least its amount. Yours is the first slot.</p>
      {rows.map((row, i) => (
        <div key={i} className="flex flex-wrap items-start gap-2" data-testid="reserved-slot">
          <div className="flex min-w-0 flex-1 basis-64 flex-col">
            <label className="sr-only" htmlFor={`slot-${i}-address`}>
              Slot {i + 2} address
            </label>
            <input id={`slot-${i}-address`} value={row.address} onChange={(e) => set(i, { address: e.target.value })} placeholder="0x… contributor address" spellCheck={false} autoComplete="off" className={`${FIELD} font-mono text-sm`} data-testid="slot-address" />
            {issues[i]?.address ? (
              <p role="alert" className="text-sm text-red-800 dark:text-red-300" data-testid="slot-address-error">
                {issues[i]?.address}
              </p>
            ) : null}
          </div>
          <div className="flex basis-40 flex-col">
            <label className="sr-only" htmlFor={`slot-${i}-amount`}>
              Slot {i + 2} amount in SESH
            </label>
            <input id={`slot-${i}-amount`} value={row.amount} onChange={(e) => set(i, { amount: e.target.value })} inputMode="decimal" placeholder="SESH" autoComplete="off" className={`${FIELD} font-mono tabular-nums`} data-testid="slot-amount" />
            {issues[i]?.amount ? (
              <p role="alert" className="text-sm text-red-800 dark:text-red-300" data-testid="slot-amount-error">
                {issues[i]?.amount}
              </p>
            ) : null}
          </div>
          <Button variant="secondary" onClick={() => onChange(rows.filter((_, j) => j !== i))} aria-label={`Remove slot ${i + 2}`}>
            Remove
          </Button>
        </div>
      ))}
      {rows.length < max ? (
        <Button variant="secondary" onClick={() => onChange([...rows, { address: "", amount: "" }])} data-testid="add-slot">
          Add a reserved slot
        </Button>
      ) : null}
    </fieldset>
  );
}
