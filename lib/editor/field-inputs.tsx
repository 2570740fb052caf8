"use client";

import type { FormFieldInputProps } from "@keystatic/core";
import { FieldMessage } from "@keystar/ui/field";
import { TextArea, TextField } from "@keystar/ui/text-field";
import { useState, type ComponentType, type ReactElement } from "react";

/**
 * The editor's inputs for the fields of lib/editor/keystatic-fields.tsx. Browser code (React state,
 * Keystatic's UI kit), apart from the field definitions, which the editor's API route loads too.
 */

/** A text box whose error is the content schema's sentence, shown once the field was left or a save tried. */
export function SchemaTextInput({ label, description, multiline, required, check, props }: { label: string; description?: string; multiline?: boolean; required: boolean; check: (v: string) => string | null; props: FormFieldInputProps<string> }): ReactElement {
  const [blurred, setBlurred] = useState(false);
  const Component = multiline ? TextArea : TextField;
  return (
    <Component
      label={label}
      description={description}
      autoFocus={props.autoFocus}
      value={props.value}
      onChange={props.onChange}
      onBlur={() => setBlurred(true)}
      isRequired={required}
      errorMessage={props.forceValidation || blurred ? (check(props.value) ?? undefined) : undefined}
    />
  );
}

/** One of Keystatic's own inputs, with the content schema's sentence under it when a save was tried. */
export function WithSchemaMessage<V>({ Input, message, props }: { Input: ComponentType<FormFieldInputProps<V>>; message: string | null; props: FormFieldInputProps<V> }): ReactElement {
  return (
    <>
      <Input {...props} />
      {props.forceValidation && message ? <FieldMessage>{message}</FieldMessage> : null}
    </>
  );
}
