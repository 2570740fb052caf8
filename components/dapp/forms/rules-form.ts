"use client";

/**
 * The one way a dApp form works: react-hook-form holds the fields, and lib/staking's rules are its
 * schema. A rule returns a sentence per field (nested for rows), or nothing when the values are
 * good; this turns that into the form's errors, so every form shows the rule's own sentence and no
 * component writes a rule of its own.
 */
import { useMemo } from "react";
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Resolver, type UseFormProps } from "react-hook-form";

/** What a lib/staking rule says of a form's values: a sentence per field, rows as arrays, null = fine. */
export type RuleIssues = { [field: string]: string | null | undefined | RuleIssues | readonly (RuleIssues | null | undefined)[] };

function toErrors(issues: RuleIssues): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  for (const [field, issue] of Object.entries(issues)) {
    if (typeof issue === "string") out[field] = { type: "rule", message: issue };
    else if (Array.isArray(issue)) {
      const rows = issue.map((row) => (row ? (toErrors(row as RuleIssues) ?? undefined) : undefined));
      if (rows.some(Boolean)) out[field] = rows;
    } else if (issue && typeof issue === "object") {
      const nested = toErrors(issue as RuleIssues);
      if (nested) out[field] = nested;
    }
  }
  return Object.keys(out).length ? out : null;
}

/** A resolver from a rule: the rule's sentences become the fields' errors. */
export function rulesResolver<V extends FieldValues>(validate: (values: V) => RuleIssues | null): Resolver<V> {
  return async (values) => {
    const errors = toErrors(validate(values) ?? {});
    return errors ? { values: {}, errors: errors as FieldErrors<V> } : { values, errors: {} };
  };
}

/**
 * useForm with a rule as its schema. The rule is read at each validation (it closes over the
 * chain's latest figures); errors show after the first submit, then follow every change.
 */
export function useRulesForm<V extends FieldValues>(validate: (values: V) => RuleIssues | null, options: Omit<UseFormProps<V>, "resolver"> & { defaultValues: DefaultValues<V> }) {
  const resolver = useMemo(() => rulesResolver(validate), [validate]);
  return useForm<V>({ mode: "onSubmit", reValidateMode: "onChange", ...options, resolver });
}
