"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { ActionButton as Button } from "../ui/ActionButton";
import { FieldError } from "../forms/FieldError";
import { MaxButton } from "../forms/MaxButton";

export type SlotRow = { address: string; amount: string };
/** The part of a form this editor owns: its rows of reserved slots. */
export type SlotsFormValues = { reserved: SlotRow[] };

const FIELD = "min-h-11 rounded-xl border border-line bg-bg px-3";

/**
 * Reserved slots for other contributors (0 to `max` rows): address and amount, each with its rule's
 * sentence. Lives inside a form (react-hook-form's FormProvider) whose values have `reserved`.
 */
export function ReservedSlotsEditor({ max, disabled, slotMax }: { max: number; disabled?: boolean; /** a slot's Max: what the node still needs beside the form's other amounts */ slotMax?: (index: number) => bigint | null }) {
  const { control, register, formState, setValue } = useFormContext<SlotsFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "reserved" });
  const issues = formState.errors.reserved;
  return (
    <fieldset className="space-y-3" disabled={disabled}>
      <legend className="font-semibold">Reserved slots</legend>
      <p className="text-sm text-muted">Slots kept for chosen addresses: each must pay at least its amount. Yours is the first slot.</p>
      {fields.map((field, i) => (
        <div key={field.id} className="flex flex-wrap items-start gap-2" data-testid="reserved-slot">
          <div className="flex min-w-0 flex-1 basis-64 flex-col">
            <label className="sr-only" htmlFor={`slot-${i}-address`}>
              Slot {i + 2} address
            </label>
            <input id={`slot-${i}-address`} placeholder="0x… contributor address" spellCheck={false} autoComplete="off" className={`${FIELD} font-mono text-sm`} data-testid="slot-address" {...register(`reserved.${i}.address`)} />
            <FieldError message={issues?.[i]?.address?.message} testId="slot-address-error" />
          </div>
          <div className="flex basis-40 flex-col">
            <label className="sr-only" htmlFor={`slot-${i}-amount`}>
              Slot {i + 2} amount in SESH
            </label>
            <input id={`slot-${i}-amount`} inputMode="decimal" placeholder="SESH" autoComplete="off" className={`${FIELD} font-mono tabular-nums`} data-testid="slot-amount" {...register(`reserved.${i}.amount`)} />
            <FieldError message={issues?.[i]?.amount?.message} testId="slot-amount-error" />
          </div>
          {slotMax ? <MaxButton value={slotMax(i)} onPick={(text) => setValue(`reserved.${i}.amount`, text, { shouldValidate: true, shouldTouch: true })} testId="slot-max" /> : null}
          <Button variant="secondary" onClick={() => remove(i)} aria-label={`Remove slot ${i + 2}`}>
            Remove
          </Button>
        </div>
      ))}
      {fields.length < max ? (
        <Button variant="secondary" onClick={() => append({ address: "", amount: "" })} data-testid="add-slot">
          Add a reserved slot
        </Button>
      ) : null}
    </fieldset>
  );
}
