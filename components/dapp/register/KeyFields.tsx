"use client";

import { REGISTRATION_FIELDS, type NodeKeyIssues, type NodeKeys } from "@/lib/staking/register";

/** The node's four keys and signatures, editable, each with its own message. */
export function KeyFields({ keys, issues, onChange, disabled }: { keys: NodeKeys; issues: NodeKeyIssues; onChange: (k: NodeKeys) => void; disabled?: boolean }) {
  return (
    <fieldset className="space-y-3" disabled={disabled}>
      <legend className="text-xl font-bold">The node&apos;s keys</legend>
      {(Object.keys(REGISTRATION_FIELDS) as (keyof NodeKeys)[]).map((field) => {
        const { label, hexChars } = REGISTRATION_FIELDS[field];
        const id = `reg-${field}`;
        return (
          <div key={field}>
            <label htmlFor={id} className="block text-sm font-medium">
              {label} <span className="text-muted">({hexChars} hex characters)</span>
            </label>
            <textarea
              id={id}
              value={keys[field]}
              onChange={(e) => onChange({ ...keys, [field]: e.target.value })}
              rows={hexChars > 128 ? 3 : 2}
              spellCheck={false}
              autoComplete="off"
              aria-invalid={issues[field] ? true : undefined}
              className="mt-1 w-full break-all rounded-xl border border-line bg-bg p-2 font-mono text-xs"
              data-testid={id}
            />
            {issues[field] ? (
              <p role="alert" className="text-sm text-red-800 dark:text-red-300" data-testid={`${id}-error`}>
                {issues[field]}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
