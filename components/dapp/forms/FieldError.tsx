/** A field's rule sentence under it, announced to screen readers; nothing when the field is fine. */
export function FieldError({ id, message, testId }: { id?: string; message: string | undefined; testId?: string }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="mt-1 text-sm text-red-800 dark:text-red-300" data-testid={testId}>
      {message}
    </p>
  );
}
